package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static id.loket.core.queue.QueueFixture.NIK_1990_08_12_FEMALE;
import static id.loket.core.queue.QueueFixture.NIK_1990_08_12_MALE;
import static id.loket.core.queue.QueueFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

class AppointmentBookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String GOOD = """
            name,date of birth,NIK,booking code
            Budi Santoso,1990-08-12,%s,mp-0001
            "Ayu, Ni Luh Putu",12/08/1990,%s,MP-0002
            Siti Aminah,12-08-1990,%s,MP-0003
            """.formatted(NIK_1990_08_12_MALE, NIK_1990_08_12_FEMALE, NIK_1990_08_12_FEMALE);

    @TempDir
    Path dir;
    private QueueFixture f;

    @BeforeEach
    void open() {
        f = new QueueFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ImportReport importText(String csv) {
        return f.appointments().importCsv(new StringReader(csv), TODAY, OFFICER);
    }

    @Test
    void importsGoodRowsInAllThreeDateFormats() {
        ImportReport report = importText(GOOD);
        assertThat(report.fileErrors()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.rows()).extracting(RowResult::line).containsExactly(2, 3, 4);
        assertThat(report.rows()).extracting(RowResult::bookingCode).containsExactly("MP-0001", "MP-0002", "MP-0003");
        List<Appointment> stored = f.appointments().on(TODAY);
        assertThat(stored).extracting(Appointment::fullName)
                .containsExactly("Ayu, Ni Luh Putu", "Budi Santoso", "Siti Aminah");
        assertThat(stored).extracting(Appointment::birthDate).containsOnly(LocalDate.of(1990, 8, 12));
        assertThat(stored).extracting(Appointment::source).containsOnly(AppointmentSource.CSV);
        assertThat(f.appointments().findByBookingCode(TODAY, " mp-0001 ")).isPresent();
        AuditEntry audit = f.core.audit().entries().getLast();
        assertThat(audit.action()).isEqualTo("queue.appointments-imported");
        assertThat(audit.details()).containsEntry("imported", "3").containsEntry("rejected", "0");
    }

    @Test
    void rejectsBadRowsOneByOneWithTheirReasons() {
        String csv = """
                nama;tanggal lahir;nik;kode booking
                ;1990-08-12;%s;B-1
                Budi;31/02/1990;%s;B-2
                Budi;2030-01-01;%s;B-3
                Budi;1990-08-12;12345;B-4
                Budi;1990-08-12;%s;
                Budi;1990-08-12
                """.formatted(NIK_1990_08_12_MALE, NIK_1990_08_12_MALE, NIK_1990_08_12_MALE, NIK_1990_08_12_MALE);
        ImportReport report = importText(csv);
        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).isEqualTo(6);
        assertThat(report.rows()).extracting(r -> keys(r.reasons())).containsExactly(
                List.of("queue.appointment.nameRequired"),
                List.of("queue.appointment.birthDateFormat"),
                List.of("queue.appointment.birthDateFuture"),
                List.of("nik.error.length"),
                List.of("queue.appointment.bookingCodeRequired"),
                List.of("queue.import.fieldCount"));
        assertThat(Messages.INDONESIAN.render(report.rows().get(5).reasons().getFirst()))
                .isEqualTo("Baris ini memiliki 2 kolom, seharusnya 4.");
        assertThat(f.appointments().on(TODAY)).isEmpty();
    }

    @Test
    void mixedFileImportsTheGoodRowsAndReportsTheRest() {
        String csv = """
                booking_code,Name,DOB,nik
                A1,Budi Santoso,1990-08-12,%s
                A2,Wrong Nik,1990-08-12,3201011208900000
                A1,Budi Again,1990-08-12,%s
                A3,"Made Wirawan",1991-01-01,%s
                """.formatted(NIK_1990_08_12_MALE, NIK_1990_08_12_MALE, NIK_1990_08_12_MALE);
        ImportReport report = importText(csv);
        assertThat(report.rows()).extracting(RowResult::outcome).containsExactly(
                RowOutcome.IMPORTED, RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.IMPORTED);
        assertThat(keys(report.rows().get(1).reasons())).containsExactly("nik.error.serial");
        assertThat(report.rows().get(2).reasons()).containsExactly(Message.of("queue.import.duplicateInFile", "A1", 2));
        // a NIK that disagrees with the stated birth date is a warning, not a rejection
        assertThat(keys(report.rows().get(3).warnings())).containsExactly("nik.warning.birthDate");
        assertThat(report.rejectedRows()).extracting(RowResult::line).containsExactly(3, 4);
        assertThat(f.appointments().on(TODAY)).extracting(Appointment::bookingCode).containsExactlyInAnyOrder("A1", "A3");
    }

    @Test
    void reImportingTheSameFileAddsNothing() {
        importText(GOOD);
        ImportReport again = importText(GOOD);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(3);
        assertThat(again.rejected()).isZero();
        assertThat(f.appointments().on(TODAY)).hasSize(3);

        String changed = GOOD.replace("Budi Santoso", "Budi Setiawan");
        ImportReport conflicting = importText(changed);
        assertThat(conflicting.rows().getFirst().reasons())
                .containsExactly(Message.of("queue.appointment.bookingCodeTaken", "MP-0001", TODAY));
        assertThat(f.appointments().findByBookingCode(TODAY, "MP-0001").orElseThrow().fullName())
                .isEqualTo("Budi Santoso");
        // the same booking code on another day is another appointment
        assertThat(f.appointments().importCsv(new StringReader(GOOD), TODAY.plusDays(1), OFFICER).imported())
                .isEqualTo(3);
    }

    @Test
    void fileLevelProblemsAreReportedWithoutReadingRows() throws IOException {
        ImportReport missing = importText("name,NIK\nBudi,%s\n".formatted(NIK_1990_08_12_MALE));
        assertThat(missing.fileErrors()).containsExactly(
                Message.of("queue.import.missingColumn", "date of birth"),
                Message.of("queue.import.missingColumn", "booking code"));
        assertThat(missing.rows()).isEmpty();
        assertThat(importText("\n\n").fileErrors()).containsExactly(Message.of("queue.import.empty"));

        Path latin1 = dir.resolve("janji.csv");
        Files.write(latin1, "name,date of birth,NIK,booking code\nJos\u00e9,1990-08-12,1,X\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(f.appointments().importCsv(latin1, TODAY, OFFICER).fileErrors())
                .containsExactly(Message.of("queue.import.notUtf8", latin1.getFileName()));

        Path utf8 = dir.resolve("janji-utf8.csv");
        Files.writeString(utf8, GOOD);
        assertThat(f.appointments().importCsv(utf8, TODAY, OFFICER).imported()).isEqualTo(3);
    }

    @Test
    void typedInAppointmentsFollowTheSameRules() {
        RowResult ok = f.appointments().add(new AppointmentInput("  Budi   Santoso ", "12/08/1990",
                NIK_1990_08_12_MALE, "mp-9"), OFFICER);
        assertThat(ok.outcome()).isEqualTo(RowOutcome.IMPORTED);
        Appointment stored = f.appointments().find(ok.appointmentId()).orElseThrow();
        assertThat(stored.fullName()).isEqualTo("Budi Santoso");
        assertThat(stored.bookingCode()).isEqualTo("MP-9");
        assertThat(stored.source()).isEqualTo(AppointmentSource.MANUAL);
        assertThat(stored.date()).isEqualTo(TODAY);
        assertThat(f.core.audit().entries().getLast().action()).isEqualTo("queue.appointment-added");

        RowResult bad = f.appointments().add(new AppointmentInput("Budi", "kemarin", "", "MP-10"), OFFICER);
        assertThat(bad.outcome()).isEqualTo(RowOutcome.REJECTED);
        assertThat(keys(bad.reasons())).containsExactly("queue.appointment.birthDateFormat", "nik.error.required");
    }

    @Test
    void checkInIssuesAnAppointmentTicketOnce() {
        importText(GOOD);
        Appointment budi = f.appointments().findByBookingCode(TODAY, "MP-0001").orElseThrow();
        Ticket t = f.tickets().checkIn(budi.id(), OFFICER);
        assertThat(t.lane()).isEqualTo(Lane.APPOINTMENT);
        assertThat(t.number()).isEqualTo("A03-001");
        assertThat(t.appointmentId()).isEqualTo(budi.id());
        assertThat(f.appointments().find(budi.id()).orElseThrow().ticketId()).isEqualTo(t.id());
        assertThat(f.core.audit().entries().getLast().details()).containsEntry("bookingCode", "MP-0001");

        QueueRefusal again = QueueIssueTest.refusal(() -> f.tickets().checkIn(budi.id(), OFFICER));
        assertThat(again.reason()).isEqualTo(Message.of("queue.checkIn.already", "MP-0001", "A03-001"));
        Appointment ayu = f.appointments().findByBookingCode(TODAY, "MP-0002").orElseThrow();
        assertThat(f.tickets().checkIn(ayu.id(), OFFICER).number()).isEqualTo("A03-002");
        assertThat(f.calls().callNext(Lane.APPOINTMENT, OFFICER).orElseThrow().id()).isEqualTo(t.id());
    }

    @Test
    void checkInIsRefusedForAnotherDayAndWhenTheQuotaIsFull() {
        f.appointments().importCsv(new StringReader(GOOD), TODAY.plusDays(1), OFFICER);
        Appointment tomorrow = f.appointments().on(TODAY.plusDays(1)).getFirst();
        assertThat(QueueIssueTest.refusal(() -> f.tickets().checkIn(tomorrow.id(), OFFICER)).reason().key())
                .isEqualTo("queue.checkIn.notToday");

        importText(GOOD);
        f.quota(Lane.APPOINTMENT, 1);
        List<Appointment> today = f.appointments().on(TODAY);
        f.tickets().checkIn(today.get(0).id(), OFFICER);
        assertThat(QueueIssueTest.refusal(() -> f.tickets().checkIn(today.get(1).id(), OFFICER)).reason().key())
                .isEqualTo("queue.refused.quotaFull");
        assertThat(f.appointments().find(today.get(1).id()).orElseThrow().checkedIn()).isFalse();
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }
}
