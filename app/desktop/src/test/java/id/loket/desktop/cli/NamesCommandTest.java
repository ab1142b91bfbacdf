package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.application.Sex;
import id.loket.desktop.support.Applicants;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code loket names compare} on pair files and {@code loket names search} against a real store. */
class NamesCommandTest {

    @TempDir
    Path dir;

    private CliRun loket(String... args) {
        return CliRun.run(TestCore.CLOCK, (home, clock) -> CoreServices.open(home, clock, TestCore.fastHasher()),
                dir.resolve("not-the-home"), "", args);
    }

    private Path pairs(String content) throws IOException {
        return Files.writeString(dir.resolve("pairs.tsv"), content);
    }

    @Test
    void compareScoresEachPairInFileOrderSkippingCommentsAndBlankLines() throws IOException {
        Path file = pairs("""
                # old spelling, Muhammad abbreviated, a different person
                Moehammad Djoko Soesilo\tMuhammad Joko Susilo

                H. M. Firman\tM Firman
                Siti Aminah\tSiti Aisyah
                """);
        CliRun en = loket("--lang", "en", "names", "compare", "--pairs", file.toString());
        assertThat(en.exitCode()).as(en.err()).isZero();
        String[] lines = en.out().strip().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).matches("(1\\.000|0\\.9\\d\\d)\tsame\tMoehammad Djoko Soesilo\tMuhammad Joko Susilo");
        assertThat(lines[1]).matches("\\d\\.\\d{3}\tsame\tH\\. M\\. Firman\tM Firman");
        assertThat(lines[2]).matches("0\\.[0-6]\\d\\d\tdifferent\tSiti Aminah\tSiti Aisyah");

        CliRun id = loket("names", "compare", "--pairs", file.toString());
        assertThat(id.out()).contains("\tsama\tMoehammad", "\tbeda\tSiti Aminah");
    }

    @Test
    void malformedLinesAreNamedByNumberAndNothingIsScored() throws IOException {
        Path file = pairs("Budi Santoso\tBudi Santosa\nBudi Santoso Budi Santosa\n# fine\nAni\t\nA\tB\tC\n");
        CliRun run = loket("--lang", "en", "names", "compare", "--pairs", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Line 2: needs two names separated by one tab, found 1 columns.",
                "Line 4: one of the names is empty.", "Line 5: needs two names separated by one tab, found 3 columns.")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();

        CliRun missing = loket("names", "compare", "--pairs", dir.resolve("nope.tsv").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Berkas tidak ditemukan:", "nope.tsv").doesNotContain("Exception");
    }

    @Test
    void searchFindsTheOldSpellingInTheStoreWithReceiptDateScoreAndState() {
        Path home = dir.resolve("home");
        Application joko;
        try (CoreServices core = TestCore.open(home)) {
            core.deviceProfiles().save("DPS", 3);
            joko = Applicants.finalised(core, "Muhammad Joko Susilo", "3374010103650003", LocalDate.of(1965, 3, 1),
                    "Semarang", Sex.MALE);
            Applicants.draft(core, "Siti Aminah", "3374014103700002", LocalDate.of(1970, 3, 1), "Semarang", Sex.FEMALE);
        }
        CliRun run = loket("--home", home.toString(), "--lang", "en", "names", "search", "Moehammad", "Djoko", "Soesilo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("number\tname\tdate of birth\tscore\tstate");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(joko.receiptNumber() + "\tMuhammad Joko Susilo\t1965-03-01\t")
                .endsWith("\tfinalised");

        CliRun none = loket("--home", home.toString(), "names", "search", "Kurniawati");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("Tidak ada permohonan dengan nama yang mirip \"Kurniawati\".");
    }
}
