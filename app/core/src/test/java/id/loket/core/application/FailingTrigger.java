package id.loket.core.application;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/** Test trigger: makes every insert into its table fail, to prove that a finalisation is all-or-nothing. */
public final class FailingTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("injected failure");
    }
}
