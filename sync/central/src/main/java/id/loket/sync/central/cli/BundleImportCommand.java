package id.loket.sync.central.cli;

import id.loket.sync.central.blob.BlobSegments;
import id.loket.sync.central.bundle.BundleImport;
import id.loket.sync.central.bundle.CentreKeyStore;
import id.loket.sync.central.device.DeviceRegistry;
import id.loket.sync.central.device.EnrollmentTokens;
import id.loket.sync.central.store.Database;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.bundle.BundleException;
import id.loket.sync.protocol.bundle.BundleReceipt;
import id.loket.sync.protocol.bundle.SignedReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code loket-central bundle import FILE [--receipt-out R] [--operator NAME]}: verifies and imports
 * a bundle with the same ingest as online sync and writes the signed receipt the device imports
 * (default: beside the bundle, {@code FILE.receipt}). A refused bundle changes nothing and exits 1
 * with its code (e.g. {@code bundle-truncated}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a device's bundle and write the signed receipt for the device.")
public final class BundleImportCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle file (.lkb).")
    Path file;

    @Option(names = "--receipt-out", paramLabel = "FILE",
            description = "Where to write the receipt (default: FILE.receipt beside the bundle).")
    Path receiptOut;

    @Option(names = "--operator", paramLabel = "NAME", description = "Who imports it, for the import audit.")
    String operator = System.getProperty("user.name", "operator");

    @Override
    void before() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no bundle file " + file);
        }
    }

    @Override
    void run(Database db, PrintWriter out) throws IOException {
        Clock clock = Clock.systemUTC();
        CentreKeyStore keys = new CentreKeyStore(db, clock);
        SignedReceipt receipt;
        Path blobDir = database.blobDirectory();
        try (BlobSegments segments = blobDir == null ? null : new BlobSegments(blobDir)) {
            BundleImport imports = new BundleImport(db, segments,
                    new DeviceRegistry(db, new EnrollmentTokens(db, clock), keys, clock), keys, clock);
            receipt = imports.importBundle(file, "cli " + operator);
        } catch (BundleException e) {
            throw new IllegalArgumentException("bundle refused [" + e.code().code() + "]: " + e.getMessage());
        }
        Path target = receiptOut != null ? receiptOut : file.resolveSibling(file.getFileName() + ".receipt");
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Files.write(temp, receipt.toBytes());
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BundleReceipt r = receipt.receipt();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        r.records().forEach(line -> counts.merge(line.outcome(), 1, Integer::sum));
        out.printf("bundle %s of device %s imported: %d records %s%n", r.bundleId(), r.deviceId(), r.records().size(),
                counts);
        out.printf("receipt written to %s (take it back to the device: loket bundle receipt --file ...)%n", target);
        out.flush();
    }
}
