package id.loket.core.queue;

import id.loket.core.application.Lane;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for queue tickets; every method runs in the caller's transaction. */
final class TicketRepository {

    private static final String COLUMNS = "id, ticket_number, service_date, lane, seq, counter_no, state, "
            + "priority_criterion, appointment_id, application_id, issued_by, issued_at, called_by, called_at, "
            + "updated_at";

    private TicketRepository() {
    }

    static void insert(Connection c, Ticket t) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO queue_ticket (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setObject(1, t.id());
            ins.setString(2, t.number());
            ins.setObject(3, t.serviceDate());
            ins.setString(4, t.lane().name());
            ins.setInt(5, t.sequence());
            ins.setInt(6, t.counterNumber());
            ins.setString(7, t.state().name());
            ins.setString(8, t.priorityCriterion() == null ? null : t.priorityCriterion().name());
            ins.setObject(9, t.appointmentId());
            ins.setObject(10, t.applicationId());
            ins.setString(11, t.issuedBy());
            ins.setObject(12, utc(t.issuedAt()));
            ins.setString(13, t.calledBy());
            ins.setObject(14, utc(t.calledAt()));
            ins.setObject(15, utc(t.updatedAt()));
            ins.executeUpdate();
        }
    }

    /** Writes the mutable parts of a ticket: state, caller, application link. */
    static void update(Connection c, Ticket t) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE queue_ticket SET state = ?, application_id = ?, "
                + "called_by = ?, called_at = ?, updated_at = ? WHERE id = ?")) {
            up.setString(1, t.state().name());
            up.setObject(2, t.applicationId());
            up.setString(3, t.calledBy());
            up.setObject(4, utc(t.calledAt()));
            up.setObject(5, utc(t.updatedAt()));
            up.setObject(6, t.id());
            up.executeUpdate();
        }
    }

    static Optional<Ticket> find(Connection c, UUID id, boolean forUpdate) throws SQLException {
        List<Ticket> found = query(c, "SELECT " + COLUMNS + " FROM queue_ticket WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""), id);
        return found.stream().findFirst();
    }

    /** Every ticket linked to the application, any day and state, locked for update. */
    static List<Ticket> linkedToForUpdate(Connection c, UUID application) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM queue_ticket WHERE application_id = ? ORDER BY service_date, seq "
                + "FOR UPDATE", application);
    }

    /** Tickets of a day in a lane and state, lowest sequence first. */
    static List<Ticket> inState(Connection c, LocalDate date, Lane lane, TicketState state) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM queue_ticket WHERE service_date = ? AND lane = ? AND state = ? "
                + "ORDER BY seq", date, lane.name(), state.name());
    }

    /** Every ticket of a day, by lane then sequence. */
    static List<Ticket> onDate(Connection c, LocalDate date) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM queue_ticket WHERE service_date = ? ORDER BY lane, seq", date);
    }

    /** Tickets of a day and lane that count against the quota (all but cancelled ones). */
    static int countedAgainstQuota(Connection c, LocalDate date, Lane lane) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM queue_ticket "
                + "WHERE service_date = ? AND lane = ? AND state <> 'CANCELLED'")) {
            q.setObject(1, date);
            q.setString(2, lane.name());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Locks the lane's sequence row for the day so calls in one lane happen one at a time.
     * Returns false when the lane has no tickets that day (no row to lock).
     */
    static boolean lockLane(Connection c, LocalDate date, Lane lane) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT last_value FROM counter WHERE name = ? FOR UPDATE")) {
            q.setString(1, TicketNumbers.counterName(date, lane));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<Ticket> query(Connection c, String sql, Object... params) throws SQLException {
        List<Ticket> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static Ticket read(ResultSet rs) throws SQLException {
        String criterion = rs.getString(8);
        return new Ticket(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                Lane.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), TicketState.valueOf(rs.getString(7)),
                criterion == null ? null : PriorityCriterion.valueOf(criterion), rs.getObject(9, UUID.class),
                rs.getObject(10, UUID.class), rs.getString(11), instant(rs, 12), rs.getString(13), instant(rs, 14),
                instant(rs, 15));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
