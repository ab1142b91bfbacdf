package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.officer.Officer;
import id.loket.core.queue.AppointmentInput;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code loket calllist export} against a real store: the CSV, the record, nobody listed twice. */
class CallListCommandTest {

    @TempDir
    Path home;

    @BeforeEach
    void aMovedAppointment() {
        try (CoreServices core = TestCore.open(home)) {
            Officer admin = core.officers().createFirstAdministrator("admin", "Made Wirawan",
                    "rahasia-123".toCharArray());
            var added = core.queue().appointments().add(new AppointmentInput("Siti Aminah", "1990-08-12",
                    "3201015208900002", "MP-1001"), admin);
            core.queue().rescheduling().reschedule(added.appointmentId(), LocalDate.of(2026, 11, 26), admin);
        }
    }

    private CliRun loket(String stdin, String... args) {
        return CliRun.run(TestCore.CLOCK, (dir, clock) -> CoreServices.open(dir, clock, TestCore.fastHasher()),
                Path.of("not-the-home"), stdin, args);
    }

    @Test
    void exportsTheListRecordsItAndASecondExportHasOnlyTheHeader() throws Exception {
        Path file = home.resolve("telepon.csv");
        CliRun run = loket("rahasia-123\n", "--home", home.toString(), "calllist", "export", "--to", file.toString(),
                "--officer", "admin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 pemohon ditulis ke " + file + " dan dicatat sudah dihubungi.");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).containsExactly("nama,telepon,status,nomor rujukan,pesan",
                "Siti Aminah,,Jadwal dipindah,MP-1001,\"Yth. Siti Aminah, janji temu paspor Anda (kode booking "
                        + "MP-1001) dipindahkan ke tanggal 26 November 2026. Mohon datang pada tanggal tersebut dengan "
                        + "membawa dokumen asli. Mohon maaf atas ketidaknyamanannya. - Kantor Imigrasi\"");
        try (CoreServices core = TestCore.open(home)) {
            assertThat(core.callList().sent()).singleElement()
                    .satisfies(s -> assertThat(s.sentBy()).isEqualTo("admin"));
            assertThat(core.audit().entries().getLast().action()).isEqualTo("calllist.contacted");
        }

        CliRun again = loket("rahasia-123\n", "--home", home.toString(), "--lang", "en", "calllist", "export",
                "--to", file.toString(), "--officer", "admin");
        assertThat(again.out()).contains("0 applicants written to");
        assertThat(Files.readAllLines(file)).containsExactly("nama,telepon,status,nomor rujukan,pesan");
    }

    @Test
    void aWrongPasswordWritesAndRecordsNothing() {
        Path file = home.resolve("telepon.csv");
        CliRun run = loket("salah-salah\n", "--home", home.toString(), "calllist", "export", "--to", file.toString(),
                "--officer", "admin");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(file).doesNotExist();
        try (CoreServices core = TestCore.open(home)) {
            assertThat(core.callList().pending()).hasSize(1);
        }
    }

    @Test
    void helpComesFromTheBundles() {
        CliRun help = loket("", "--lang", "en", "calllist", "export", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Write everyone not yet contacted to a CSV file")
                .contains("--to=FILE").contains("The CSV file to write");
    }
}
