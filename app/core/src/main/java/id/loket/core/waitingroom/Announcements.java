package id.loket.core.waitingroom;

import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.QueueRefusal;
import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The waiting room's scheduled announcement, stored on the device: a supervisor (or an
 * administrator) sets its text and times, every change is audited, and the display asks which
 * announcement is due now. "Now" is the injected clock in its zone.
 */
public final class Announcements {

    private final LoketStore store;
    private final AuditLog audit;
    private final Clock clock;

    public Announcements(LoketStore store, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The stored schedule, empty when none was set (or it was cleared). */
    public Optional<AnnouncementSchedule> schedule() {
        return store.read(Announcements::read);
    }

    /** The announcement on the display now, if any. */
    public Optional<DueAnnouncement> dueNow() {
        LocalTime now = LocalTime.now(clock);
        return schedule().flatMap(s -> s.dueAt(now).map(at -> new DueAnnouncement(s.text(), at)));
    }

    /**
     * Stores the announcement text and times the supervisor typed, replacing the previous ones.
     *
     * @throws QueueRefusal when {@code supervisor} is neither a supervisor nor an administrator, or
     *                             with every problem of what was typed; nothing is stored then
     */
    public AnnouncementSchedule save(String text, String typedTimes, int minutes, Officer supervisor) {
        requireSupervisor(supervisor);
        AnnouncementSchedule.Parsed parsed = AnnouncementSchedule.parse(text, typedTimes, minutes);
        if (!parsed.problems().isEmpty()) {
            throw new QueueRefusal(parsed.problems());
        }
        AnnouncementSchedule s = parsed.schedule();
        return store.inTransaction(c -> {
            try (PreparedStatement m = c.prepareStatement("MERGE INTO announcement_schedule (id, announcement_text, "
                    + "times_of_day, shown_minutes, updated_by, updated_at) KEY (id) VALUES (1, ?, ?, ?, ?, ?)")) {
                m.setString(1, s.text());
                m.setString(2, s.timesText());
                m.setInt(3, (int) s.shownFor().toMinutes());
                m.setString(4, supervisor.username());
                m.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
                m.executeUpdate();
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("text", s.text());
            details.put("times", s.timesText());
            details.put("minutes", String.valueOf(s.shownFor().toMinutes()));
            audit.append(supervisor.username(), "announcement.schedule-changed", "waiting-room", details);
            return s;
        });
    }

    /**
     * Stops the scheduled announcements.
     *
     * @throws QueueRefusal when {@code supervisor} is neither a supervisor nor an administrator
     */
    public void clear(Officer supervisor) {
        requireSupervisor(supervisor);
        store.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM announcement_schedule")) {
                d.executeUpdate();
            }
            audit.append(supervisor.username(), "announcement.schedule-cleared", "waiting-room", Map.of());
            return null;
        });
    }

    private static Optional<AnnouncementSchedule> read(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT announcement_text, times_of_day, shown_minutes FROM announcement_schedule WHERE id = 1");
             ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            List<LocalTime> times = new ArrayList<>();
            for (String t : rs.getString(2).split(",\\s*")) {
                times.add(LocalTime.parse(t.strip()));
            }
            return Optional.of(new AnnouncementSchedule(rs.getString(1), times, Duration.ofMinutes(rs.getInt(3))));
        }
    }

    private static void requireSupervisor(Officer officer) {
        Objects.requireNonNull(officer, "supervisor");
        if (officer.role() != Role.SUPERVISOR && officer.role() != Role.ADMINISTRATOR) {
            throw new QueueRefusal(Message.of("announcement.supervisorOnly"));
        }
    }
}
