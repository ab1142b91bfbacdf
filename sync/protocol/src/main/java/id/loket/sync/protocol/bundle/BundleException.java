package id.loket.sync.protocol.bundle;

import id.loket.sync.protocol.ErrorCode;

import java.util.Objects;

/** A bundle was refused; {@link #code()} says why (stable, see docs/sync-protocol.md, Bundles). */
public final class BundleException extends RuntimeException {

    private final ErrorCode code;

    public BundleException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public BundleException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
