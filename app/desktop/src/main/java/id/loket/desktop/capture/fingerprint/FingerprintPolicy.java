package id.loket.desktop.capture.fingerprint;

import java.time.Duration;
import java.util.Objects;

/**
 * How strict the fingerprint step is. Configurable because offices and scanners differ; the
 * defaults follow common enrolment practice (NFIQ-style score 60, three tries before an exception).
 *
 * @param qualityThreshold lowest score (0-100) a print is kept at
 * @param maxAttempts      tries at a finger before an "unreadable" exception may be recorded
 * @param captureTimeout   how long the device may wait for a finger per capture
 */
public record FingerprintPolicy(int qualityThreshold, int maxAttempts, Duration captureTimeout) {

    /** Score 60, three attempts, 10 seconds per capture. */
    public static final FingerprintPolicy DEFAULT = new FingerprintPolicy(60, 3, Duration.ofSeconds(10));

    public FingerprintPolicy {
        if (qualityThreshold < 0 || qualityThreshold > 100) {
            throw new IllegalArgumentException("quality threshold is 0-100");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        Objects.requireNonNull(captureTimeout, "captureTimeout");
        if (captureTimeout.isNegative() || captureTimeout.isZero()) {
            throw new IllegalArgumentException("capture timeout must be positive");
        }
    }

    public FingerprintPolicy withQualityThreshold(int value) {
        return new FingerprintPolicy(value, maxAttempts, captureTimeout);
    }

    public FingerprintPolicy withCaptureTimeout(Duration value) {
        return new FingerprintPolicy(qualityThreshold, maxAttempts, value);
    }
}
