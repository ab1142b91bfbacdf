package id.loket.core.waitingroom;

import id.loket.core.CoreServices;
import id.loket.core.MutableClock;
import id.loket.core.TestStores;
import id.loket.core.audit.AuditEntry;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.QueueRefusal;
import id.loket.core.store.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnouncementsTest {

    private static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "Ni Luh Putu Ayu", Role.OFFICER, true);
    private static final Officer SUPERVISOR = new Officer(Ids.uuidV7(), "kasi1", "I Made Sudarsana", Role.SUPERVISOR,
            true);
    private static final Officer ADMIN = new Officer(Ids.uuidV7(), "admin", "Admin", Role.ADMINISTRATOR, true);
    /** 07:58 in Denpasar. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T23:58:00Z"),
            ZoneId.of("Asia/Makassar"));

    @TempDir
    Path dir;

    @Test
    void aSupervisorSetsTheAnnouncementItIsAuditedAndDueAtItsTimesAfterARestart() {
        try (CoreServices core = TestStores.open(dir, clock)) {
            assertThat(core.announcements().schedule()).isEmpty();
            assertThat(core.announcements().dueNow()).isEmpty();
            core.announcements().save("Layanan percepatan ditutup sementara.", "08:00, 11:00, 14:00", 15, SUPERVISOR);
            AuditEntry last = core.audit().entries().getLast();
            assertThat(last.action()).isEqualTo("announcement.schedule-changed");
            assertThat(last.actor()).isEqualTo("kasi1");
            assertThat(last.details()).containsEntry("times", "08:00, 11:00, 14:00").containsEntry("minutes", "15")
                    .containsEntry("text", "Layanan percepatan ditutup sementara.");
            assertThat(core.announcements().dueNow()).as("07:58").isEmpty();
        }
        clock.advance(Duration.ofMinutes(3));
        try (CoreServices core = TestStores.open(dir, clock)) {
            assertThat(core.announcements().dueNow()).as("08:01")
                    .contains(new DueAnnouncement("Layanan percepatan ditutup sementara.", LocalTime.of(8, 0)));
            clock.advance(Duration.ofMinutes(15));
            assertThat(core.announcements().dueNow()).as("08:16").isEmpty();
            clock.advance(Duration.ofHours(3));
            assertThat(core.announcements().dueNow()).as("11:16").isEmpty();
            clock.advance(Duration.ofMinutes(-10));
            assertThat(core.announcements().dueNow()).as("11:06").map(DueAnnouncement::at)
                    .contains(LocalTime.of(11, 0));
        }
    }

    @Test
    void onlySupervisorsAndAdministratorsSetOrClearAnnouncementsAndARefusalStoresNothing() {
        try (CoreServices core = TestStores.open(dir, clock)) {
            int entries = core.audit().entries().size();
            assertThatThrownBy(() -> core.announcements().save("Teks", "08:00", 10, OFFICER))
                    .isInstanceOfSatisfying(QueueRefusal.class,
                            r -> assertThat(r.reason().key()).isEqualTo("announcement.supervisorOnly"));
            assertThatThrownBy(() -> core.announcements().save("", "8 pagi", 10, SUPERVISOR))
                    .isInstanceOfSatisfying(QueueRefusal.class, r -> assertThat(r.reasons()).hasSize(3));
            assertThat(core.announcements().schedule()).isEmpty();
            assertThat(core.audit().entries()).hasSize(entries);

            core.announcements().save("Teks", "08:00", 10, ADMIN);
            assertThatThrownBy(() -> core.announcements().clear(OFFICER)).isInstanceOf(QueueRefusal.class);
            assertThat(core.announcements().schedule()).isPresent();
            core.announcements().clear(SUPERVISOR);
            assertThat(core.announcements().schedule()).isEmpty();
            assertThat(core.audit().entries().getLast().action()).isEqualTo("announcement.schedule-cleared");
        }
    }
}
