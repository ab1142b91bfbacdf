package id.loket.sync.agent.ledger;

/** What applying one decision of the status feed did on the device. */
public enum DecisionOutcome {
    /** The local application changed. */
    APPLIED,
    /** Nothing to do: applied before, or already in that state. */
    ALREADY_APPLIED,
    /** Recorded but refused locally (unknown record, or the workflow refuses); never blocks the feed. */
    NOT_APPLIED
}
