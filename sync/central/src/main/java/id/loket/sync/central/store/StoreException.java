package id.loket.sync.central.store;

import java.sql.SQLException;

/** A database failure; {@link #transientFailure()} tells whether the same request may succeed later. */
public final class StoreException extends RuntimeException {

    private final boolean transientFailure;

    public StoreException(SQLException cause) {
        this(cause, Sql.isTransient(cause));
    }

    public StoreException(SQLException cause, boolean transientFailure) {
        super(cause.getMessage(), cause);
        this.transientFailure = transientFailure;
    }

    public boolean transientFailure() {
        return transientFailure;
    }
}
