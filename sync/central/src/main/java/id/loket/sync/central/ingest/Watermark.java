package id.loket.sync.central.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The highest unbroken device sequence: the largest n such that records 1..n of a device are
 * held. Kept on the device row and advanced at the end of each ingest transaction under that
 * row's lock, so the last of two racing batches to commit sees both and moves it past both.
 */
final class Watermark {

    private static final int PAGE = 1000;

    private Watermark() {
    }

    static long advance(Connection c, String deviceId) throws SQLException {
        long mark;
        try (PreparedStatement ps = c.prepareStatement("SELECT unbroken_seq FROM device WHERE device_id = ? FOR UPDATE")) {
            ps.setString(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("device " + deviceId + " vanished");
                }
                mark = rs.getLong(1);
            }
        }
        long start = mark;
        boolean more = true;
        while (more) {
            long before = mark;
            int seen = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT device_seq FROM central_record"
                    + " WHERE device_id = ? AND device_seq > ? ORDER BY device_seq")) {
                ps.setMaxRows(PAGE);
                ps.setString(1, deviceId);
                ps.setLong(2, mark);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && rs.getLong(1) == mark + 1) {
                        mark++;
                        seen++;
                    }
                }
            }
            more = seen == PAGE && mark > before;
        }
        if (mark != start) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE device SET unbroken_seq = ? WHERE device_id = ?")) {
                ps.setLong(1, mark);
                ps.setString(2, deviceId);
                ps.executeUpdate();
            }
        }
        return mark;
    }
}
