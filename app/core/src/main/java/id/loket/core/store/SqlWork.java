package id.loket.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of database work run by {@link LoketStore#inTransaction}. It receives the transaction's
 * connection and may throw {@link SQLException}; any exception rolls the whole transaction back.
 */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
