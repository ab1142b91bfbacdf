package id.loket.core.queue;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.MutableClock;
import id.loket.core.TestStores;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/** A real store in a temporary directory with the queue wired on it, a movable clock, and officers. */
final class QueueFixture implements AutoCloseable {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Monday 23 November 2026, 09:00 in Jakarta. */
    static final Instant MONDAY_9AM = Instant.parse("2026-11-23T02:00:00Z");
    /** Saturday 28 November 2026, 09:00 in Jakarta. */
    static final Instant SATURDAY_9AM = Instant.parse("2026-11-28T02:00:00Z");
    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "Ni Luh Putu Ayu", Role.OFFICER, true);
    static final Officer SUPERVISOR = new Officer(Ids.uuidV7(), "kasi1", "I Made Sudarsana", Role.SUPERVISOR, true);
    static final String NIK_1990_08_12_MALE = "3201011208900001";
    static final String NIK_1990_08_12_FEMALE = "3201015208900002";

    final MutableClock clock;
    final CoreServices core;
    final QueueModule queue;

    QueueFixture(Path dir, Instant now, int counterNumber) {
        clock = new MutableClock(now, JAKARTA);
        core = TestStores.open(dir, clock);
        if (counterNumber > 0) {
            core.deviceProfiles().save("DPS", counterNumber);
        }
        queue = QueueModule.create(core.store(), core.audit(), core.deviceProfiles(), clock, JAKARTA);
    }

    QueueFixture(Path dir) {
        this(dir, MONDAY_9AM, 3);
    }

    QueueSettings settings() {
        return queue.settings();
    }

    QueueService tickets() {
        return queue.tickets();
    }

    QueueCalls calls() {
        return queue.calls();
    }

    AppointmentBook appointments() {
        return queue.appointments();
    }

    /** Sets one lane's quota as the supervisor. */
    void quota(Lane lane, int quota) {
        settings().setQuotas(settings().quotas().with(lane, quota), SUPERVISOR);
    }

    @Override
    public void close() {
        core.close();
    }
}
