package id.loket.core.queue;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a queue ticket stands. A ticket waits, is called to a counter, is served (capture under
 * way), and ends DONE, NO_SHOW (called but the applicant did not come) or CANCELLED. The allowed
 * moves live here so that every screen and the service refuse the same illegal changes.
 */
public enum TicketState {
    WAITING,
    CALLED,
    SERVING,
    DONE,
    NO_SHOW,
    CANCELLED;

    /** The states this one may move to; empty for the final states. */
    public Set<TicketState> next() {
        return switch (this) {
            case WAITING -> EnumSet.of(CALLED, CANCELLED);
            case CALLED -> EnumSet.of(SERVING, NO_SHOW, CANCELLED);
            case SERVING -> EnumSet.of(DONE);
            case DONE, NO_SHOW, CANCELLED -> EnumSet.noneOf(TicketState.class);
        };
    }

    /** True when a ticket in this state may move to {@code target}. */
    public boolean canMoveTo(TicketState target) {
        return next().contains(target);
    }

    /** True for DONE, NO_SHOW and CANCELLED: nothing more happens to the ticket. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
