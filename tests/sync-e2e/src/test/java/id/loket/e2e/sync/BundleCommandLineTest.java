package id.loket.e2e.sync;

import id.loket.core.outbox.OutboxState;
import id.loket.desktop.cli.CliContext;
import id.loket.desktop.cli.LoketCli;
import id.loket.desktop.cli.PasswordReader;
import id.loket.sync.central.CentralMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stick's journey on the command lines a newcomer types: {@code loket bundle export}, then
 * {@code loket-central bundle import} on the centre's database, then {@code loket bundle receipt}.
 */
class BundleCommandLineTest {

    private static final int APPLICATIONS = 2;

    @TempDir
    Path temp;

    private StickJourney journey;
    private TestCentre centre;
    private TestDevice device;
    private Path stick;

    /** Output of one command. */
    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        journey = StickJourney.start(temp, APPLICATIONS);
        centre = journey.centre;
        device = journey.device;
        stick = journey.stick;
        device.close();
    }

    @AfterEach
    void tearDown() throws IOException {
        journey.close();
    }

    @Test
    void exportImportAndReceiptOnTheCommandLines() throws IOException {
        Run export = loket("en", "bundle", "export", "--to", stick.toString(), "--officer", "petugas1");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Bundle written: 2 records, 22 images");
        Path bundle = only(stick, ".lkb");

        Run again = loket("id", "bundle", "export", "--to", stick.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("Tidak ada data baru untuk diekspor");

        Path cut = Files.write(temp.resolve("cut.lkb"), Arrays.copyOf(Files.readAllBytes(bundle), 5_000));
        Run refused = central("bundle", "import", cut.toString(), "--jdbc-url", centre.jdbcUrl(),
                "--blob-dir", centre.blobDirectory().toString());
        assertThat(refused.exitCode()).isEqualTo(CentralMain.REFUSED);
        assertThat(refused.err()).contains("bundle-truncated");
        assertThat(centre.recordCount()).isZero();

        Run imported = central("bundle", "import", bundle.toString(), "--jdbc-url", centre.jdbcUrl(),
                "--blob-dir", centre.blobDirectory().toString(), "--operator", "ops1");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported: 2 records {ACCEPTED=2}");
        assertThat(centre.recordCount()).isEqualTo(APPLICATIONS);
        assertThat(centre.storedBlobs()).as("the images the command stored are where the server reads them")
                .hasSize(22).allSatisfy(hash -> assertThat(centre.server.blobs().read(hash)).isPresent());
        Path receipt = bundle.resolveSibling(bundle.getFileName() + ".receipt");
        assertThat(receipt).exists();

        Run applied = loket("en", "bundle", "receipt", "--file", receipt.toString());
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("2 acknowledged, 0 quarantined, 0 unchanged");
        device.open();
        assertThat(device.core().outbox().count(OutboxState.ACKNOWLEDGED)).isEqualTo(APPLICATIONS);
    }

    private Run loket(String language, String... args) {
        List<String> all = new ArrayList<>(List.of("--home", device.home().toString(), "--lang", language));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err, true);
        CliContext context = new CliContext(new PrintWriter(out, true), errWriter,
                new PasswordReader(null, new BufferedReader(new StringReader("")), errWriter), TestDevice.CLOCK,
                (dir, clock) -> TestDevice.openStore(dir), device.home());
        String[] argv = all.toArray(String[]::new);
        int code = LoketCli.commandLine(context, argv).execute(argv);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run central(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CentralMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path only(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).hasSize(1);
            return found.getFirst();
        }
    }
}
