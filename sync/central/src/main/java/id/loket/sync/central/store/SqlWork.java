package id.loket.sync.central.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection (inside a transaction or read-only). */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
