package id.loket.core.biometric;

/**
 * State of one required finger. EXCEPTION: missing or injured, recorded with a reason;
 * SKIPPED_BY_SUPERVISOR: a supervisor decided not to capture it (e.g. the print cannot reach the
 * quality threshold). Both need a supervisor's confirmation before the application can be finalised.
 */
public enum FingerStatus {
    PENDING,
    CAPTURED,
    EXCEPTION,
    SKIPPED_BY_SUPERVISOR
}
