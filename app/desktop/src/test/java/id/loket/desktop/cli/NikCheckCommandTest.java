package id.loket.desktop.cli;

import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class NikCheckCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Makassar"));

    private static CliRun loket(String... args) {
        return CliRun.run(CLOCK, (dir, clock) -> {
            throw new AssertionError("nik check must not open the store");
        }, Path.of("unused"), "", args);
    }

    @Test
    void goodNikIsDecodedInIndonesianByDefault() {
        CliRun run = loket("nik", "check", "5171014708900001");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Provinsi: 51 Bali", "Kabupaten/kota: 51.71", "Kecamatan: 51.71.01",
                "Tanggal lahir: 7 Agustus 1990", "Jenis kelamin: " + Messages.INDONESIAN.text("enum.Sex.FEMALE"), "Nomor urut: 0001", "Hasil: NIK sah.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void goodNikInEnglish() {
        CliRun run = loket("nik", "check", "5171014708900001", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Province: 51 Bali", "Date of birth: 7 August 1990", "Sex: " + Messages.ENGLISH.text("enum.Sex.FEMALE"),
                "Result: the NIK is valid.");
    }

    @Test
    void badNikExitsOneWithTheErrorsInEitherLanguage() {
        CliRun id = loket("nik", "check", "51710147");
        assertThat(id.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(id.err()).contains("Galat:").contains("16");
        assertThat(id.out()).contains("Hasil: NIK tidak sah.").doesNotContain("Provinsi:");

        CliRun en = loket("--lang", "en", "nik", "check", "5171019908900000");
        assertThat(en.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(en.err()).contains("Error: The day of birth in the NIK (99)", "Error: The serial number");
        assertThat(en.out()).contains("Result: the NIK is not valid.");
    }

    @Test
    void disagreeingBirthDateAndSexAreWarningsNotErrors() {
        CliRun en = loket("nik", "check", "5171014708900001", "--born", "1990-08-08", "--sex", "M", "--lang", "en");
        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains("Warning: The date of birth in the NIK", "Warning: The sex in the NIK",
                "Result: the NIK is valid.");
        CliRun id = loket("nik", "check", "5171014708900001", "--born", "1990-08-08");
        assertThat(id.exitCode()).isZero();
        assertThat(id.out()).contains("Peringatan:");
    }

    @Test
    void helpDocumentsExitCodesInTheChosenLanguage() {
        CliRun en = loket("--lang", "en", "nik", "check", "--help");
        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains("Exit codes:", "the check failed", "Decode a NIK");
        CliRun id = loket("--help");
        assertThat(id.out()).contains("Kode keluar:", "Penggunaan:", "officer", "audit", "nik");
    }

    @Test
    void wrongCommandLineExitsTwo() {
        assertThat(loket("nik", "check").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(loket("nik", "check", "5171014708900001", "--sex", "X").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
