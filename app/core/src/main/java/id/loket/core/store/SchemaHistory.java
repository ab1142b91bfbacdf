package id.loket.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up fast path of the migration check (ADR 14): when Flyway's history in the store lists
 * exactly the migrations this build has, all successful, in order, there is nothing to migrate and
 * Flyway itself (hundreds of classes and a class-path scan) need not start. Any difference (a
 * new store, a newer program, a failed migration, an unknown version) leaves the work to Flyway,
 * which validates and migrates as always. {@code SchemaHistoryTest} keeps {@link #VERSIONS} equal
 * to what Flyway resolves, so a new migration cannot be forgotten here.
 */
final class SchemaHistory {

    /** Every migration of this build, SQL and Java, in order. */
    static final List<String> VERSIONS = List.of("1", "2", "3", "3.1", "10", "11", "12", "12.1", "13", "14", "15",
            "16", "17", "18", "18.1");

    private SchemaHistory() {
    }

    /** True when the store's history is exactly {@link #VERSIONS}, all successful. */
    static boolean isCurrent(Connection c) {
        List<String> applied = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.equals(VERSIONS);
    }
}
