package id.loket.core.booth;

import id.loket.core.workflow.ApplicationState;

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

/** SQL for booth events and their lists; every method runs in the caller's transaction. */
final class BoothRepository {

    private static final String EVENT_COLUMNS = "id, name, place, start_date, end_date, quota, created_by, created_at";
    private static final String LISTED = "SELECT b.id, b.event_id, b.line_no, b.full_name, b.birth_date, b.nik, "
            + "b.application_id, a.state FROM booth_applicant b LEFT JOIN application a ON a.id = b.application_id ";

    private BoothRepository() {
    }

    static void insert(Connection c, BoothEvent e) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO booth_event (" + EVENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setObject(1, e.id());
            ins.setString(2, e.name());
            ins.setString(3, e.place());
            ins.setObject(4, e.startDate());
            ins.setObject(5, e.endDate());
            ins.setInt(6, e.quota());
            ins.setString(7, e.createdBy());
            ins.setObject(8, e.createdAt().atOffset(ZoneOffset.UTC));
            ins.executeUpdate();
        }
    }

    static void setQuota(Connection c, UUID eventId, int quota) throws SQLException {
        update(c, "UPDATE booth_event SET quota = ? WHERE id = ?", quota, eventId);
    }

    static Optional<BoothEvent> event(Connection c, UUID id, boolean forUpdate) throws SQLException {
        return events(c, "SELECT " + EVENT_COLUMNS + " FROM booth_event WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""), id).stream().findFirst();
    }

    /** Every event, the latest first. */
    static List<BoothEvent> events(Connection c) throws SQLException {
        return events(c, "SELECT " + EVENT_COLUMNS + " FROM booth_event ORDER BY start_date DESC, name");
    }

    private static List<BoothEvent> events(Connection c, String sql, Object... params) throws SQLException {
        List<BoothEvent> out = new ArrayList<>();
        try (PreparedStatement q = prepare(c, sql, params); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new BoothEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()));
            }
        }
        return out;
    }

    static void insert(Connection c, ListedApplicant a, String by, Instant at) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO booth_applicant (id, event_id, line_no, "
                + "full_name, birth_date, nik, application_id, imported_by, imported_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setObject(1, a.id());
            ins.setObject(2, a.eventId());
            ins.setInt(3, a.line());
            ins.setString(4, a.fullName());
            ins.setObject(5, a.birthDate());
            ins.setString(6, a.nik());
            ins.setObject(7, a.applicationId());
            ins.setString(8, by);
            ins.setObject(9, at.atOffset(ZoneOffset.UTC));
            ins.executeUpdate();
        }
    }

    static void setApplication(Connection c, UUID listedId, UUID applicationId) throws SQLException {
        update(c, "UPDATE booth_applicant SET application_id = ? WHERE id = ?", applicationId, listedId);
    }

    /** The event's list by name, each with the state of the capture started for the person. */
    static List<ListedApplicant> list(Connection c, UUID eventId) throws SQLException {
        return listed(c, LISTED + "WHERE b.event_id = ? ORDER BY b.full_name, b.line_no", eventId);
    }

    static Optional<ListedApplicant> listed(Connection c, UUID id) throws SQLException {
        return listed(c, LISTED + "WHERE b.id = ?", id).stream().findFirst();
    }

    static Optional<ListedApplicant> byNik(Connection c, UUID eventId, String nik) throws SQLException {
        return listed(c, LISTED + "WHERE b.event_id = ? AND b.nik = ?", eventId, nik).stream().findFirst();
    }

    private static List<ListedApplicant> listed(Connection c, String sql, Object... params) throws SQLException {
        List<ListedApplicant> out = new ArrayList<>();
        try (PreparedStatement q = prepare(c, sql, params); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String state = rs.getString(8);
                out.add(new ListedApplicant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7, UUID.class), state == null ? null : ApplicationState.valueOf(state)));
            }
        }
        return out;
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement up = prepare(c, sql, params)) {
            up.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            return q;
        } catch (SQLException e) {
            q.close();
            throw e;
        }
    }
}
