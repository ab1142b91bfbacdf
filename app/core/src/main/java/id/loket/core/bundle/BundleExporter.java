package id.loket.core.bundle;

import id.loket.core.audit.AuditLog;
import id.loket.core.blob.BlobStore;
import id.loket.core.blob.CorruptBlobException;
import id.loket.core.i18n.Message;
import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;
import id.loket.core.store.SealedFiles;
import id.loket.core.sync.DeviceIdentities;
import id.loket.core.sync.DeviceIdentity;
import id.loket.sync.protocol.bundle.BundleKeys;
import id.loket.sync.protocol.bundle.BundleManifest;
import id.loket.sync.protocol.bundle.BundleWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes every record the centre has not acknowledged, with its images, into one bundle file for a
 * USB stick (docs/sync-protocol.md, Bundles): signed by the device key, encrypted to the centre's
 * bundle key. The file is written under a temporary name, forced to the stick and only then
 * renamed into place; the rows it carried are recorded after that, so a stick pulled mid-write
 * leaves no bundle (and a partial {@code .part} file every centre refuses) and the next export
 * carries the same rows again. Incremental unless {@code all} is asked: rows an earlier bundle
 * carried are left out.
 */
public final class BundleExporter {

    static final String EXTENSION = ".lkb";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final LoketStore store;
    private final BundleRows rows;
    private final BlobStore blobs;
    private final DeviceIdentities identities;
    private final AuditLog audit;
    private final Clock clock;

    public BundleExporter(LoketStore store, BlobStore blobs, DeviceIdentities identities, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.rows = new BundleRows(store);
        this.blobs = Objects.requireNonNull(blobs, "blobs");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How many records an export would carry now. */
    public int waiting(boolean all) {
        return rows.toCarry(all).size();
    }

    /**
     * Writes a bundle into {@code directory}.
     *
     * @param all   true: every unacknowledged record; false: only those no earlier bundle carried
     * @param actor the officer (username) who asked, for the audit
     * @throws BundleRefusal when the device cannot make a bundle (not enrolled, no centre key,
     *                       nothing to carry, a damaged image, the stick cannot be written)
     */
    public ExportResult export(Path directory, boolean all, String actor) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(actor, "actor");
        DeviceIdentity identity = identities.current().filter(DeviceIdentity::enrolled)
                .orElseThrow(() -> new BundleRefusal(Message.of("bundle.refused.notEnrolled")));
        if (!identity.knowsCentreKeys()) {
            throw new BundleRefusal(Message.of("bundle.refused.noCentreKey"));
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new BundleRefusal(Message.of("bundle.refused.notWritable", directory.toString()));
        }
        List<CarriedRow> carried = rows.toCarry(all);
        if (carried.isEmpty()) {
            throw new BundleRefusal(Message.of(all ? "bundle.refused.nothingAtAll" : "bundle.refused.nothingNew"));
        }
        Instant now = clock.instant();
        UUID bundleId = Ids.uuidV7();
        Map<String, BundleManifest.Blob> images = images(carried);
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, bundleId, identity.deviceId().toString(),
                now, carried.stream().map(r -> new BundleManifest.Record(r.recordId(), r.deviceSeq(), r.kind(),
                        r.recordHash(), r.createdAt(), r.blobHashes())).toList(), List.copyOf(images.values()));
        Path target = directory.resolve(fileName(identity, now, bundleId));
        long bytes = write(directory, target, manifest, identity);
        ExportResult result = new ExportResult(bundleId, target, carried.size(), images.size(), bytes);
        store.inTransaction(c -> {
            BundleRows.recordExport(c, result, carried, actor, all, now);
            audit.append(actor, "bundle.exported", bundleId.toString(), Map.of("file", target.getFileName().toString(),
                    "records", Integer.toString(carried.size()), "images", Integer.toString(images.size()),
                    "bytes", Long.toString(bytes), "all", Boolean.toString(all)));
            return null;
        });
        return result;
    }

    /** The images the rows reference that this device holds, each once, with their media types. */
    private Map<String, BundleManifest.Blob> images(List<CarriedRow> carried) {
        Map<String, BundleManifest.Blob> images = new LinkedHashMap<>();
        for (CarriedRow row : carried) {
            for (String hash : row.blobHashes()) {
                if (!images.containsKey(hash)) {
                    open(hash).ifPresent(o -> images.put(hash, new BundleManifest.Blob(hash, o.data().length,
                            o.mediaType())));
                }
            }
        }
        return images;
    }

    private Optional<SealedFiles.Opened> open(String hash) {
        try {
            return blobs.read(hash);
        } catch (CorruptBlobException e) {
            throw new BundleRefusal(Message.of("bundle.refused.imageDamaged", hash), e);
        }
    }

    private long write(Path directory, Path target, BundleManifest manifest, DeviceIdentity identity) {
        Path temp = directory.resolve("." + target.getFileName() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                BundleWriter writer = BundleWriter.create(out, BundleKeys.decodePublic(identity.centreBundleKey()));
                writer.manifest(manifest, identity.signingKey());
                for (BundleManifest.Record r : manifest.records()) {
                    writer.entry(r.entryName(), rows.payload(r.deviceSeq()).getBytes(StandardCharsets.UTF_8));
                }
                for (BundleManifest.Blob b : manifest.blobs()) {
                    writer.entry(b.entryName(), open(b.sha256()).orElseThrow(() -> new BundleRefusal(
                            Message.of("bundle.refused.imageDamaged", b.sha256()))).data());
                }
                writer.finish();
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(directory);
            return Files.size(target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof BundleRefusal refusal) {
                throw refusal;
            }
            throw new BundleRefusal(Message.of("bundle.refused.writeFailed", directory.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static String fileName(DeviceIdentity identity, Instant now, UUID bundleId) {
        return "loket-" + identity.officeCode() + "-" + identity.counterNumber() + "-" + STAMP.format(now) + "-"
                + bundleId.toString().substring(bundleId.toString().length() - 8) + EXTENSION;
    }

    /** Makes the rename durable where the file system allows it (not every one lets a directory be forced). */
    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // FAT sticks and Windows: the file itself was forced before the rename
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over .part file is refused as truncated by every centre
        }
    }
}
