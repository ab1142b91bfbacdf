package id.loket.core.biometric;

import id.loket.sync.protocol.Sha256;

import java.util.Objects;

/**
 * The outcome for one finger. Holds only the SHA-256 of the image (the bytes live in the
 * encrypted blob store), so logging or printing this record never leaks biometric data.
 *
 * @param quality         NFIQ 2 score 0-100 when captured, else null
 * @param attempts        capture attempts so far
 * @param deviceId        scanner serial/id that produced the image, else null
 * @param imageHash       SHA-256 hex of the image, set when CAPTURED
 * @param exceptionReason why the finger was not captured (EXCEPTION / SKIPPED_BY_SUPERVISOR)
 * @param confirmedBy     username of the supervisor who confirmed the exception, null until confirmed
 */
public record FingerCapture(Finger finger, FingerStatus status, Integer quality, int attempts, String deviceId,
                            String imageHash, String exceptionReason, String confirmedBy) {

    public FingerCapture {
        Objects.requireNonNull(finger, "finger");
        Objects.requireNonNull(status, "status");
        if (quality != null && (quality < 0 || quality > 100)) {
            throw new IllegalArgumentException("quality must be 0-100");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        if (imageHash != null && !Sha256.isHex(imageHash)) {
            throw new IllegalArgumentException("imageHash must be a lower-case SHA-256 hex digest");
        }
        if (status == FingerStatus.CAPTURED && imageHash == null) {
            throw new IllegalArgumentException("a captured finger needs its image hash");
        }
    }

    /** Not yet captured. */
    public static FingerCapture pending(Finger finger) {
        return new FingerCapture(finger, FingerStatus.PENDING, null, 0, null, null, null, null);
    }

    /** A successful capture. */
    public static FingerCapture captured(Finger finger, int quality, int attempts, String deviceId, String imageHash) {
        return new FingerCapture(finger, FingerStatus.CAPTURED, quality, attempts, deviceId, imageHash, null, null);
    }

    /** A missing or injured finger, recorded with a reason and awaiting a supervisor's confirmation. */
    public static FingerCapture exception(Finger finger, String reason, int attempts) {
        return new FingerCapture(finger, FingerStatus.EXCEPTION, null, attempts, null, null, reason, null);
    }

    /** A finger a supervisor decided to skip; confirmed by that supervisor at once. */
    public static FingerCapture skippedBySupervisor(Finger finger, String reason, int attempts, String supervisor) {
        return new FingerCapture(finger, FingerStatus.SKIPPED_BY_SUPERVISOR, null, attempts, null, null, reason,
                supervisor);
    }

    /** This exception, confirmed by the named supervisor. Use {@code Workflow.confirmFingerException} to check the role. */
    public FingerCapture confirm(String supervisor) {
        return new FingerCapture(finger, status, quality, attempts, deviceId, imageHash, exceptionReason, supervisor);
    }

    /** True for EXCEPTION and SKIPPED_BY_SUPERVISOR. */
    public boolean excepted() {
        return status == FingerStatus.EXCEPTION || status == FingerStatus.SKIPPED_BY_SUPERVISOR;
    }

    /** True when this finger no longer blocks finalising: captured, or excepted with a reason and a confirmation. */
    public boolean resolved() {
        if (status == FingerStatus.CAPTURED) {
            return true;
        }
        return excepted() && hasText(exceptionReason) && hasText(confirmedBy);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
