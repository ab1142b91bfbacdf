package id.loket.sync.central.fault;

/** The faults the server itself can inject (network faults are {@link FaultProxy}'s). */
public enum FaultKind {
    /** Answer 503 retry-later with Retry-After, without doing the work. */
    HTTP_503,
    /** Answer 500 internal, without doing the work. */
    HTTP_500,
    /** Wait before doing the work (a client with a timeout gives up first). */
    STALL,
    /** Do the work and commit, then drop the connection without any reply. */
    CRASH_AFTER_COMMIT
}
