package id.loket.sync.central.fault;

import java.time.Duration;
import java.util.Locale;

/**
 * One injected server fault. As JSON for {@code POST /v1/admin/faults}:
 * {@code {"kind":"HTTP_503","count":2,"retryAfterSeconds":3,"method":"POST","path":"/v1/batches"}}.
 *
 * @param kind              what happens
 * @param count             how many matching requests it hits (0 or absent: 1; {@link #UNTIL_CLEARED}: all)
 * @param retryAfterSeconds for HTTP_503: the Retry-After value
 * @param stallMillis       for STALL: how long
 * @param method            only this HTTP method, or null for any
 * @param path              only paths starting with this, or null for every device endpoint (never /v1/admin)
 */
public record FaultRule(FaultKind kind, int count, long retryAfterSeconds, long stallMillis, String method,
                        String path) {

    public static final int UNTIL_CLEARED = -1;

    public FaultRule {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: " + java.util.Arrays.toString(FaultKind.values()));
        }
        count = count == 0 ? 1 : count;
        if (count < UNTIL_CLEARED || retryAfterSeconds < 0 || stallMillis < 0) {
            throw new IllegalArgumentException("count, retryAfterSeconds and stallMillis must not be negative");
        }
        method = method == null || method.isBlank() ? null : method.strip().toUpperCase(Locale.ROOT);
        path = path == null || path.isBlank() ? null : path.strip();
    }

    public static FaultRule http503(long retryAfterSeconds, int count) {
        return new FaultRule(FaultKind.HTTP_503, count, retryAfterSeconds, 0, null, null);
    }

    public static FaultRule http500(int count) {
        return new FaultRule(FaultKind.HTTP_500, count, 0, 0, null, null);
    }

    public static FaultRule stall(Duration duration, int count) {
        return new FaultRule(FaultKind.STALL, count, 0, duration.toMillis(), null, null);
    }

    public static FaultRule crashAfterCommit(int count) {
        return new FaultRule(FaultKind.CRASH_AFTER_COMMIT, count, 0, 0, null, null);
    }

    /** The same rule, limited to one method (or null) and a path prefix. */
    public FaultRule on(String onlyMethod, String pathPrefix) {
        return new FaultRule(kind, count, retryAfterSeconds, stallMillis, onlyMethod, pathPrefix);
    }

    boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equals(requestMethod)) && (path == null || requestPath.startsWith(path));
    }
}
