package id.loket.sync.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** Small JDBC helpers that behave the same on H2 and PostgreSQL. */
public final class Sql {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Serialization failure, H2 deadlock, PostgreSQL deadlock, H2 lock timeout, PostgreSQL lock not available. */
    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "HYT00", "55P03");

    private Sql() {
    }

    public static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** Deadlocks, lock timeouts, serialization failures and lost connections: the same work may succeed later. */
    public static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException || (state != null && (TRANSIENT.contains(state) || state.startsWith("08")));
    }

    /**
     * Runs an INSERT inside a savepoint: false when it hit a unique constraint (the transaction
     * stays usable, which PostgreSQL needs), true when a row went in.
     */
    public static boolean insertUnlessDuplicate(Connection c, PreparedStatement insert) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            insert.executeUpdate();
            c.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            c.rollback(savepoint);
            return false;
        }
    }

    /** How many values an {@code IN (...)} list takes at most; longer lists are asked in parts. */
    public static final int IN_LIST = 500;

    /** {@code n} parameter marks for an {@code IN (...)} list: {@code "?, ?, ?"}. */
    public static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Centre times are kept to the microsecond (PostgreSQL's precision), so a re-read equals what was replied. */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }

    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
