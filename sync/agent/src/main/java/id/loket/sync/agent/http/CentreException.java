package id.loket.sync.agent.http;

import id.loket.sync.protocol.ErrorCode;

import java.time.Duration;
import java.util.Objects;

/**
 * The centre answered, but not with success: the HTTP status, the protocol's stable error code
 * (from the {@code ErrorReply}, or derived from the status when the body is not one) and, for 503
 * and 429, how long the centre asked the device to wait.
 */
public class CentreException extends RuntimeException {

    private final int status;
    private final ErrorCode code;
    private final transient Duration retryAfter;

    public CentreException(int status, ErrorCode code, String message, Duration retryAfter) {
        super("centre answered " + status + " " + code.code() + (message == null ? "" : ": " + message));
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public ErrorCode code() {
        return code;
    }

    /** The centre's {@code Retry-After}, or null when it gave none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The code a status without an {@code ErrorReply} body stands for. */
    public static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.BAD_SIGNATURE;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 409 -> ErrorCode.UPLOAD_OFFSET_MISMATCH;
            case 413 -> ErrorCode.TOO_LARGE;
            case 422 -> ErrorCode.BLOB_HASH_MISMATCH;
            case 429, 503 -> ErrorCode.RETRY_LATER;
            case 460 -> ErrorCode.UPLOAD_CHECKSUM_MISMATCH;
            default -> status >= 400 && status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL;
        };
    }
}
