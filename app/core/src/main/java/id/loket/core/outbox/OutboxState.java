package id.loket.core.outbox;

/**
 * Where an outbox row is on its way to the centre: images uploaded, record sent, receipt
 * acknowledged, confirmed by the centre, or quarantined with a reason (never blocking the rest).
 */
public enum OutboxState {
    PENDING,
    BLOBS_SENT,
    SENT,
    ACKNOWLEDGED,
    CONFIRMED,
    QUARANTINED
}
