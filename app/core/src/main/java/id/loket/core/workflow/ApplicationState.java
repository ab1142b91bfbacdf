package id.loket.core.workflow;

/**
 * Life of an application: captured at the counter (DRAFT), closed and sent to the centre
 * (FINALISED), decided by the centre (APPROVED / REJECTED), then PRINTED and HANDED_OVER.
 * CANCELLED, REJECTED and HANDED_OVER are final.
 */
public enum ApplicationState {
    DRAFT,
    FINALISED,
    APPROVED,
    REJECTED,
    PRINTED,
    HANDED_OVER,
    CANCELLED;

    /** True for the states nothing may leave. */
    public boolean terminal() {
        return this == REJECTED || this == HANDED_OVER || this == CANCELLED;
    }
}
