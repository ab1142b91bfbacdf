package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static id.loket.core.queue.QueueFixture.NIK_1990_08_12_FEMALE;
import static id.loket.core.queue.QueueFixture.NIK_1990_08_12_MALE;
import static id.loket.core.queue.QueueFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Moving an appointment to a later day within that day's M-Paspor quota, on the real store. */
class ReschedulingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    private QueueFixture f;
    private Rescheduling rescheduling;
    private UUID today;

    @BeforeEach
    void open() {
        f = new QueueFixture(dir);
        rescheduling = f.queue.rescheduling();
        today = f.appointments().add(new AppointmentInput("Siti Aminah", "1990-08-12", NIK_1990_08_12_FEMALE,
                "MP-1001"), OFFICER).appointmentId();
        f.appointments().importCsv(new StringReader("""
                nama,tanggal lahir,NIK,kode booking
                Budi Santoso,1990-08-12,%s,MP-2001
                """.formatted(NIK_1990_08_12_MALE)), WEDNESDAY, OFFICER);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void movesToALaterDayWithRoomAndAuditsBothDays() {
        f.quota(Lane.APPOINTMENT, 2);
        Appointment moved = rescheduling.reschedule(today, WEDNESDAY, OFFICER);

        assertThat(moved.date()).isEqualTo(WEDNESDAY);
        assertThat(moved.rescheduledFrom()).isEqualTo(MONDAY);
        assertThat(f.appointments().on(MONDAY)).isEmpty();
        assertThat(f.appointments().on(WEDNESDAY)).extracting(Appointment::bookingCode)
                .containsExactly("MP-2001", "MP-1001");
        assertThat(rescheduling.rescheduled()).containsExactly(moved);
        AuditEntry entry = f.core.audit().entries().getLast();
        assertThat(entry.action()).isEqualTo("queue.appointment-rescheduled");
        assertThat(entry.subject()).isEqualTo("MP-1001");
        assertThat(entry.details()).containsEntry("from", "2026-11-23").containsEntry("to", "2026-11-25");

        // moved again, it still remembers the day first booked
        assertThat(rescheduling.reschedule(today, WEDNESDAY.plusDays(1), OFFICER).rescheduledFrom()).isEqualTo(MONDAY);
    }

    @Test
    void aFullDayIsRefusedWithTheCountsAndNothingMoves() {
        f.quota(Lane.APPOINTMENT, 1);
        int audited = f.core.audit().entries().size();
        assertThatThrownBy(() -> rescheduling.reschedule(today, WEDNESDAY, OFFICER))
                .isInstanceOfSatisfying(QueueRefusal.class, r -> assertThat(Messages.INDONESIAN.render(r.reason()))
                        .isEqualTo("Kuota janji temu M-Paspor tanggal 25 November 2026 sudah penuh (1/1); "
                                + "pilih tanggal lain."));
        assertThat(f.appointments().find(today).orElseThrow().date()).isEqualTo(MONDAY);
        assertThat(f.core.audit().entries()).hasSize(audited);
    }

    @Test
    void theSameOrAnEarlierDayOrACheckedInAppointmentIsRefused() {
        assertThatThrownBy(() -> rescheduling.reschedule(today, MONDAY, OFFICER))
                .isInstanceOfSatisfying(QueueRefusal.class,
                        r -> assertThat(r.reason().key()).isEqualTo("queue.reschedule.notLater"));
        assertThatThrownBy(() -> rescheduling.reschedule(today, MONDAY.minusDays(1), OFFICER))
                .isInstanceOf(QueueRefusal.class);
        assertThatThrownBy(() -> rescheduling.reschedule(today, null, OFFICER))
                .isInstanceOfSatisfying(QueueRefusal.class,
                        r -> assertThat(r.reason().key()).isEqualTo("queue.reschedule.dateRequired"));
        f.tickets().checkIn(today, OFFICER);
        assertThatThrownBy(() -> rescheduling.reschedule(today, WEDNESDAY, OFFICER))
                .isInstanceOfSatisfying(QueueRefusal.class,
                        r -> assertThat(r.reason().key()).isEqualTo("queue.reschedule.checkedIn"));
        assertThat(f.appointments().find(today).orElseThrow().date()).isEqualTo(MONDAY);
    }
}
