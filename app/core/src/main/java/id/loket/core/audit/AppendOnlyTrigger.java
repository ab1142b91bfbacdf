package id.loket.core.audit;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2 trigger on {@code audit_log} for UPDATE and DELETE: refuses both, so the application (or a
 * bug in it) can only ever append. Someone holding the key can still drop the trigger; the hash
 * chain ({@link AuditLog#verify()}) is what reveals that.
 */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only: entries cannot be changed or deleted", "42000");
    }
}
