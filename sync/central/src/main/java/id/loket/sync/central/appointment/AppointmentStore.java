package id.loket.sync.central.appointment;

import id.loket.sync.central.store.Database;
import id.loket.sync.protocol.appointment.AppointmentsPage;
import id.loket.sync.protocol.appointment.WireAppointment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The offices' M-Paspor appointments, loaded by an operator and served per office and day. */
public final class AppointmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentStore.class);

    private final Database db;

    public AppointmentStore(Database db) {
        this.db = db;
    }

    /** Loads rows in one transaction; a row with a known (office, date, booking code) replaces it. */
    public int importAll(List<AppointmentCsv.Row> rows) {
        int count = db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM appointment WHERE office_code = ? AND appt_date = ? AND booking_code = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO appointment (office_code, appt_date,"
                         + " booking_code, full_name, birth_date, nik, slot) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (AppointmentCsv.Row row : rows) {
                    WireAppointment a = row.appointment();
                    delete.setString(1, row.officeCode());
                    delete.setObject(2, row.date());
                    delete.setString(3, a.bookingCode());
                    delete.executeUpdate();
                    insert.setString(1, row.officeCode());
                    insert.setObject(2, row.date());
                    insert.setString(3, a.bookingCode());
                    insert.setString(4, a.fullName());
                    insert.setObject(5, a.birthDate());
                    insert.setString(6, a.nik());
                    insert.setObject(7, a.slot());
                    insert.executeUpdate();
                }
            }
            return rows.size();
        });
        LOG.info("{} appointments imported", count);
        return count;
    }

    /** An office's appointments of one day, by slot then booking code. */
    public AppointmentsPage day(String officeCode, LocalDate date) {
        return db.read(c -> {
            List<WireAppointment> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT booking_code, full_name, birth_date, nik, slot"
                    + " FROM appointment WHERE office_code = ? AND appt_date = ?"
                    + " ORDER BY CASE WHEN slot IS NULL THEN 1 ELSE 0 END, slot, booking_code")) {
                ps.setString(1, officeCode);
                ps.setObject(2, date);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new WireAppointment(rs.getString(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalTime.class)));
                    }
                }
            }
            return new AppointmentsPage(officeCode, date, List.copyOf(list));
        });
    }
}
