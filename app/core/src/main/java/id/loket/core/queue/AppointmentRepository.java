package id.loket.core.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for appointments; every method runs in the caller's transaction. */
final class AppointmentRepository {

    private static final String COLUMNS = "id, service_date, booking_code, full_name, birth_date, nik, source, "
            + "ticket_id, created_by, created_at, rescheduled_from";

    private AppointmentRepository() {
    }

    static void insert(Connection c, Appointment a) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO queue_appointment (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setObject(1, a.id());
            ins.setObject(2, a.date());
            ins.setString(3, a.bookingCode());
            ins.setString(4, a.fullName());
            ins.setObject(5, a.birthDate());
            ins.setString(6, a.nik());
            ins.setString(7, a.source().name());
            ins.setObject(8, a.ticketId());
            ins.setString(9, a.createdBy());
            ins.setObject(10, a.createdAt().atOffset(ZoneOffset.UTC));
            ins.setObject(11, a.rescheduledFrom());
            ins.executeUpdate();
        }
    }

    static void setTicket(Connection c, UUID appointmentId, UUID ticketId) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE queue_appointment SET ticket_id = ? WHERE id = ?")) {
            up.setObject(1, ticketId);
            up.setObject(2, appointmentId);
            up.executeUpdate();
        }
    }

    /** Moves an appointment to another day, keeping the day first booked. */
    static void moveTo(Connection c, Appointment a, LocalDate date) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE queue_appointment SET service_date = ?, rescheduled_from = ? WHERE id = ?")) {
            up.setObject(1, date);
            up.setObject(2, a.rescheduledFrom() == null ? a.date() : a.rescheduledFrom());
            up.setObject(3, a.id());
            up.executeUpdate();
        }
    }

    static int countOn(Connection c, LocalDate date) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM queue_appointment WHERE service_date = ?")) {
            q.setObject(1, date);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Appointments moved from the day first booked, by name. */
    static List<Appointment> rescheduled(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM queue_appointment WHERE rescheduled_from IS NOT NULL "
                + "ORDER BY full_name, booking_code");
    }

    static Optional<Appointment> find(Connection c, UUID id, boolean forUpdate) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM queue_appointment WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""),
                id).stream().findFirst();
    }

    static Optional<Appointment> findByCode(Connection c, LocalDate date, String bookingCode) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM queue_appointment WHERE service_date = ? AND booking_code = ?",
                date, bookingCode).stream().findFirst();
    }

    static List<Appointment> onDate(Connection c, LocalDate date) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM queue_appointment WHERE service_date = ? "
                + "ORDER BY full_name, booking_code", date);
    }

    private static List<Appointment> query(Connection c, String sql, Object... params) throws SQLException {
        List<Appointment> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new Appointment(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                            AppointmentSource.valueOf(rs.getString(7)), rs.getObject(8, UUID.class),
                            rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant(),
                            rs.getObject(11, LocalDate.class)));
                }
            }
        }
        return out;
    }
}
