package id.loket.devices.sbi.client;

import id.loket.devices.sbi.wire.SbiFinger;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What to capture in one RCAPTURE: the fingers wanted on one sensor, the fingers recorded as
 * missing or injured (sent as {@code exception}, never captured), the quality to wait for, the
 * device's timeout, the transaction id (4-50 letters, digits or '-'; a fresh UUID by default),
 * and {@code previousHash}, the {@link CaptureResult#lastHash()} of the previous capture of the
 * same applicant (empty for the first) so all of an applicant's prints are chained.
 *
 * @param enforceRequestedScore when true a finger below {@code requestedScore} fails the capture
 *                              with {@link SbiFailureCode#LOW_QUALITY}
 */
public record CaptureSpec(
        String deviceId,
        String deviceSubId,
        List<SbiFinger> fingers,
        List<SbiFinger> exceptions,
        int requestedScore,
        Duration timeout,
        String transactionId,
        String previousHash,
        Map<String, String> customOpts,
        boolean enforceRequestedScore) {

    private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9-]{4,50}");

    public CaptureSpec {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceSubId, "deviceSubId");
        fingers = List.copyOf(fingers);
        exceptions = List.copyOf(exceptions);
        previousHash = previousHash == null ? "" : previousHash;
        customOpts = customOpts == null ? Map.of() : Map.copyOf(customOpts);
        Objects.requireNonNull(timeout, "timeout");
        if (fingers.isEmpty()) {
            throw new IllegalArgumentException("capture at least one finger");
        }
        if (EnumSet.copyOf(fingers).size() != fingers.size()) {
            throw new IllegalArgumentException("a finger is listed twice");
        }
        if (exceptions.stream().anyMatch(fingers::contains)) {
            throw new IllegalArgumentException("a finger cannot be both captured and an exception");
        }
        if (requestedScore < 0 || requestedScore > 100) {
            throw new IllegalArgumentException("requestedScore is 0-100");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (transactionId == null || !TRANSACTION_ID.matcher(transactionId).matches()) {
            throw new IllegalArgumentException("transactionId must be 4-50 letters, digits or '-'");
        }
        if (customOpts.size() > 50) {
            throw new IllegalArgumentException("the spec allows at most 50 customOpts");
        }
    }

    /** Fingers on one sensor; requested score 60, 10 s timeout, fresh transaction id, no exceptions. */
    public static CaptureSpec of(String deviceId, int deviceSubId, List<SbiFinger> fingers) {
        return new CaptureSpec(deviceId, Integer.toString(deviceSubId), fingers, List.of(), 60,
                Duration.ofSeconds(10), UUID.randomUUID().toString(), "", Map.of(), true);
    }

    public CaptureSpec withExceptions(List<SbiFinger> value) {
        return new CaptureSpec(deviceId, deviceSubId, fingers, value, requestedScore, timeout, transactionId,
                previousHash, customOpts, enforceRequestedScore);
    }

    public CaptureSpec withRequestedScore(int value) {
        return new CaptureSpec(deviceId, deviceSubId, fingers, exceptions, value, timeout, transactionId,
                previousHash, customOpts, enforceRequestedScore);
    }

    public CaptureSpec withTimeout(Duration value) {
        return new CaptureSpec(deviceId, deviceSubId, fingers, exceptions, requestedScore, value, transactionId,
                previousHash, customOpts, enforceRequestedScore);
    }

    public CaptureSpec withTransactionId(String value) {
        return new CaptureSpec(deviceId, deviceSubId, fingers, exceptions, requestedScore, timeout, value,
                previousHash, customOpts, enforceRequestedScore);
    }

    public CaptureSpec withPreviousHash(String value) {
        return new CaptureSpec(deviceId, deviceSubId, fingers, exceptions, requestedScore, timeout, transactionId,
                value, customOpts, enforceRequestedScore);
    }

    public CaptureSpec withCustomOpts(Map<String, String> value) {
        return new CaptureSpec(deviceId, deviceSubId, fingers, exceptions, requestedScore, timeout, transactionId,
                previousHash, value, enforceRequestedScore);
    }

    public CaptureSpec withEnforceRequestedScore(boolean value) {
        return new CaptureSpec(deviceId, deviceSubId, fingers, exceptions, requestedScore, timeout, transactionId,
                previousHash, customOpts, value);
    }
}
