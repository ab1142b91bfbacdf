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
        return unlessDuplicate(c, insert::executeUpdate, Sql::isUniqueViolation);
    }

    /**
     * Runs the batched INSERTs of {@code insert} inside a savepoint: false when one of them hit a
     * unique constraint (another writer got there first, or the batch named a key twice); then none
     * of the batch is kept and the transaction stays usable, so the caller can go row by row.
     */
    public static boolean insertBatchUnlessDuplicate(Connection c, PreparedStatement insert) throws SQLException {
        return unlessDuplicate(c, insert::executeBatch, e -> e instanceof java.sql.BatchUpdateException
                && (isUniqueViolation(e) || (e.getNextException() != null && isUniqueViolation(e.getNextException()))));
    }

    /** What {@link #unlessDuplicate} runs. */
    private interface Insert {
        void run() throws SQLException;
    }

    /** Runs {@code insert} inside a savepoint, rolled back to it (false) when {@code duplicate} says so. */
    private static boolean unlessDuplicate(Connection c, Insert insert,
                                           java.util.function.Predicate<SQLException> duplicate) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            insert.run();
            c.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!duplicate.test(e)) {
                throw e;
            }
            c.rollback(savepoint);
            return false;
        }
    }

    /**
     * Binds {@code values} as one array parameter, for {@code column = ANY(?)}: one statement text
     * however many values, so H2 and PostgreSQL parse and plan it once per connection and look each
     * value up in the column's index (an {@code IN (?, ?, ...)} list was a new statement for every length).
     */
    public static void setTexts(Connection c, PreparedStatement ps, int index, java.util.Collection<String> values)
            throws SQLException {
        ps.setArray(index, c.createArrayOf("VARCHAR", values.toArray(new String[0])));
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
