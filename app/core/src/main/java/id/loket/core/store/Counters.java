package id.loket.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Named gap-free counters in the {@code counter} table, incremented inside the caller's
 * transaction. The row lock taken by the increment serialises concurrent allocations of the same
 * name until commit, and a rolled-back transaction gives its number back.
 */
public final class Counters {

    private static final String DUPLICATE_KEY = "23505";

    private Counters() {
    }

    /** The next value (1, 2, ...) of the named counter, allocated in the transaction of {@code c}. */
    public static long next(Connection c, String name) throws SQLException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE counter SET last_value = last_value + 1 WHERE name = ?")) {
                up.setString(1, name);
                if (up.executeUpdate() == 1) {
                    return current(c, name);
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO counter (name, last_value) VALUES (?, 1)")) {
                ins.setString(1, name);
                ins.executeUpdate();
                return 1;
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
                // another transaction created the row first: increment it instead
            }
        }
        throw new SQLException("could not allocate counter " + name);
    }

    private static long current(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT last_value FROM counter WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
