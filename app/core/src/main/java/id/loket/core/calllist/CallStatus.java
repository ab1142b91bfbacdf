package id.loket.core.calllist;

/** Why an applicant is called: what changed about their application or appointment. */
public enum CallStatus {
    /** The centre approved the application. */
    APPROVED,
    /** The passport was printed: it can be collected. */
    READY_TO_COLLECT,
    /** The centre rejected the application (with its reason). */
    REJECTED,
    /** The M-Paspor appointment was moved to a later day. */
    MUST_RESCHEDULE
}
