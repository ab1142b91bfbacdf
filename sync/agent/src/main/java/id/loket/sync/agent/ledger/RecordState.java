package id.loket.sync.agent.ledger;

/** The outbox states as the agent sees them (the same names as the device store's). */
public enum RecordState {
    PENDING,
    BLOBS_SENT,
    SENT,
    ACKNOWLEDGED,
    CONFIRMED,
    QUARANTINED
}
