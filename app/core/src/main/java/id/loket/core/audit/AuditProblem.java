package id.loket.core.audit;

/** Why verification stopped at an entry. */
public enum AuditProblem {
    /** The entry's content no longer matches its own hash. */
    CONTENT_CHANGED,
    /** The entry does not point at the hash of the entry before it (or the head does not point at the last entry). */
    CHAIN_BROKEN,
    /** An entry with this sequence number is gone. */
    ROW_MISSING
}
