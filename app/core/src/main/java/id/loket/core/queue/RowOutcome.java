package id.loket.core.queue;

/** What happened to one appointment row: stored, already there from an earlier import, or refused. */
public enum RowOutcome {
    IMPORTED,
    ALREADY_PRESENT,
    REJECTED
}
