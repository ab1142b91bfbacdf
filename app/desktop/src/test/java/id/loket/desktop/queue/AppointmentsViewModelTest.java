package id.loket.desktop.queue;

import id.loket.core.CoreServices;
import id.loket.core.i18n.Message;
import id.loket.core.queue.RowOutcome;
import id.loket.core.queue.RowResult;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.queue.AppointmentForm.Field;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static id.loket.desktop.queue.QueueTestOfficers.NIK_1990_08_12;
import static id.loket.desktop.queue.QueueTestOfficers.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

class AppointmentsViewModelTest {

    static final String CSV = """
            nama;tanggal lahir;nik;kode booking
            Budi Santoso;12/08/1990;%s;mp-0001
            Siti Aminah;31/02/1990;%s;MP-0002
            Wayan Sudra;1990-08-12;12345;MP-0003
            Ketut Arsa;1990-08-12;%s;MP-0001
            """.formatted(NIK_1990_08_12, NIK_1990_08_12, NIK_1990_08_12);

    @TempDir
    Path home;
    private CoreServices core;
    private AppointmentsViewModel model;

    @BeforeEach
    void open() {
        core = TestCore.open(home.resolve("store"));
        core.deviceProfiles().save("DPS", 7);
        model = new AppointmentsViewModel(core.queue().appointments(), core.queue().tickets(),
                core.queue().rescheduling(),
                new SameThreadTaskRunner());
        model.open(OFFICER);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(home.resolve("janji-temu.csv"), text);
    }

    @Test
    void csvImportShowsEveryRowWithItsOutcomeAndReasons() throws IOException {
        Path file = csv(CSV);
        model.importCsv(file);
        assertThat(model.report()).extracting(RowResult::line).containsExactly(2, 3, 4, 5);
        assertThat(model.report()).extracting(RowResult::outcome).containsExactly(RowOutcome.IMPORTED,
                RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.REJECTED);
        assertThat(AppointmentsViewModel.messages(model.report().get(1))).extracting(Message::key)
                .contains("queue.appointment.birthDateFormat");
        assertThat(AppointmentsViewModel.messages(model.report().get(2))).extracting(Message::key)
                .contains("nik.error.length");
        assertThat(AppointmentsViewModel.messages(model.report().get(3))).extracting(Message::key)
                .containsExactly("queue.import.duplicateInFile");
        assertThat(model.noticeProperty().get()).isEqualTo(Message.of("queue.report.summary", 1L, 0L, 3L));
        assertThat(model.appointments()).extracting(r -> r.appointment().bookingCode()).containsExactly("MP-0001");

        model.importCsv(file);
        assertThat(model.report().getFirst().outcome()).isEqualTo(RowOutcome.ALREADY_PRESENT);
        assertThat(model.noticeProperty().get()).isEqualTo(Message.of("queue.report.summary", 0L, 1L, 3L));
        assertThat(model.appointments()).hasSize(1);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws IOException {
        model.importCsv(csv("nama,kode booking\nBudi,MP-1\n"));
        assertThat(model.errorProperty().get().key()).isEqualTo("queue.import.missingColumn");
        assertThat(model.report()).isEmpty();
        assertThat(model.appointments()).isEmpty();
    }

    @Test
    void manualEntryShowsTheCoresMessagesAtTheirFields() {
        AppointmentForm form = model.form();
        form.value(Field.BIRTH_DATE).set("31/02/1990");
        form.value(Field.NIK).set("12345");
        model.save();
        assertThat(form.error(Field.NAME).get().key()).isEqualTo("queue.appointment.nameRequired");
        assertThat(form.error(Field.BIRTH_DATE).get().key()).isEqualTo("queue.appointment.birthDateFormat");
        assertThat(form.error(Field.NIK).get().key()).isEqualTo("nik.error.length");
        assertThat(form.error(Field.BOOKING_CODE).get().key()).isEqualTo("queue.appointment.bookingCodeRequired");
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("queue.form.fixFields"));
        assertThat(model.appointments()).isEmpty();

        form.value(Field.NAME).set("Budi Santoso");
        form.value(Field.BIRTH_DATE).set("13/08/1990"); // the NIK says the 12th: legal, only a warning
        form.value(Field.NIK).set(NIK_1990_08_12);
        form.value(Field.BOOKING_CODE).set("mp-77");
        model.save();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.noticeProperty().get()).isEqualTo(Message.of("queue.notice.appointmentAdded", "MP-77"));
        assertThat(form.error(Field.NAME).get()).isNull();
        assertThat(form.warning(Field.NIK).get().key()).isEqualTo("nik.warning.birthDate");
        assertThat(form.value(Field.NAME).get()).isEmpty();
        assertThat(model.appointments()).singleElement()
                .satisfies(r -> assertThat(r.appointment().fullName()).isEqualTo("Budi Santoso"));
    }

    @Test
    void checkInIssuesTheAppointmentTicketOnce() throws IOException {
        model.importCsv(csv(CSV));
        var row = model.appointments().getFirst();
        assertThat(row.checkedIn()).isFalse();
        model.checkIn(row);
        assertThat(model.noticeProperty().get()).isEqualTo(Message.of("queue.notice.checkedIn", "MP-0001", "A07-001"));
        assertThat(model.appointments().getFirst().ticketNumber()).isEqualTo("A07-001");

        model.checkIn(row);
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("queue.checkIn.already", "MP-0001", "A07-001"));
    }

    @Test
    void reschedulingMovesToALaterDayWithRoomOrSaysWhyNot() throws IOException {
        model.importCsv(csv(CSV));
        var row = model.appointments().getFirst();
        QueueTestOfficers.quota(core, id.loket.core.application.Lane.APPOINTMENT, 1);
        java.time.LocalDate today = core.queue().appointments().today();
        core.queue().appointments().importCsv(new java.io.StringReader("""
                nama,tanggal lahir,NIK,kode booking
                Wayan Sudra,1990-08-12,%s,MP-0009
                """.formatted(NIK_1990_08_12)), today.plusDays(1), OFFICER);

        model.reschedule(row, today);
        assertThat(model.errorProperty().get().key()).isEqualTo("queue.reschedule.notLater");
        model.reschedule(row, today.plusDays(1));
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("queue.reschedule.full", today.plusDays(1), 1, 1));
        assertThat(model.appointments()).hasSize(1);

        model.reschedule(row, today.plusDays(2));
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.noticeProperty().get())
                .isEqualTo(Message.of("queue.notice.rescheduled", "MP-0001", today.plusDays(2)));
        assertThat(model.appointments()).isEmpty();
        assertThat(core.queue().appointments().on(today.plusDays(2))).singleElement()
                .satisfies(a -> assertThat(a.rescheduledFrom()).isEqualTo(today));
    }
}
