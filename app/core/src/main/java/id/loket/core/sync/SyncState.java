package id.loket.core.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The single {@code sync_state} row: the status feed's cursor; its row lock serialises sync writes. */
final class SyncState {

    private SyncState() {
    }

    /** Locks the row until the transaction ends and returns the status cursor. */
    static long lock(Connection c) throws SQLException {
        return cursor(c, true);
    }

    static long cursor(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT status_cursor FROM sync_state WHERE id = 1"
                + (lock ? " FOR UPDATE" : ""));
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void cursor(Connection c, long cursor) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE sync_state SET status_cursor = ? WHERE id = 1")) {
            up.setLong(1, cursor);
            up.executeUpdate();
        }
    }
}
