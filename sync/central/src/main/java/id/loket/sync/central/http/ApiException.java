package id.loket.sync.central.http;

import id.loket.sync.protocol.ErrorCode;

import java.util.Map;

/** A refusal the client gets as {@code ErrorReply {code, message}} with an HTTP status (and headers). */
public final class ApiException extends RuntimeException {

    private final int status;
    private final ErrorCode code;
    private final Map<String, String> headers;

    public ApiException(int status, ErrorCode code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public ApiException(int status, ErrorCode code, String message) {
        this(status, code, message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, ErrorCode.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, ErrorCode.NOT_FOUND, message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, ErrorCode.TOO_LARGE, message);
    }

    public static ApiException retryLater(long retryAfterSeconds, String message) {
        return new ApiException(503, ErrorCode.RETRY_LATER, message,
                Map.of(id.loket.sync.protocol.Headers.RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
