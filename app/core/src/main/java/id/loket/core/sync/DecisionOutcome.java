package id.loket.core.sync;

/** What applying one status-feed decision did to the local application. */
public enum DecisionOutcome {
    /** The application moved to the decided state (audited as actor "centre"). */
    APPLIED,
    /** Nothing to do: this feed position was applied before, or the application is already in that state. */
    ALREADY_APPLIED,
    /**
     * Recorded but not applied: the application is unknown here or the workflow refuses the change
     * (e.g. cancelled locally, PRINTED without a recorded payment); audited for a supervisor.
     */
    NOT_APPLIED
}
