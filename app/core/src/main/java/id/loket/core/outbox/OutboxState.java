package id.loket.core.outbox;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an outbox row is on its way to the centre: images uploaded, record sent, receipt
 * acknowledged, confirmed by the centre, or quarantined with a reason (never blocking the rest).
 * <pre>
 * PENDING -> BLOBS_SENT -> SENT -> ACKNOWLEDGED -> CONFIRMED
 * BLOBS_SENT | SENT -> PENDING                      the centre lacks images (MISSING_BLOBS)
 * PENDING | BLOBS_SENT | SENT -> ACKNOWLEDGED       the centre holds it (DUPLICATE, reconciliation)
 * any undelivered or ACKNOWLEDGED -> CONFIRMED      the centre decided on it
 * PENDING | BLOBS_SENT | SENT -> QUARANTINED        with a reason (CONFLICT, REJECTED, unreadable)
 * </pre>
 * Moving a row to the state it is in is allowed (replies can repeat).
 */
public enum OutboxState {
    PENDING,
    BLOBS_SENT,
    SENT,
    ACKNOWLEDGED,
    CONFIRMED,
    QUARANTINED;

    /** The states still to deliver: the centre may not hold the record yet. */
    public static final Set<OutboxState> UNDELIVERED = EnumSet.of(PENDING, BLOBS_SENT, SENT);

    /** True when the row may move from this state to {@code target}. */
    public boolean canMoveTo(OutboxState target) {
        if (target == this) {
            return true;
        }
        return switch (this) {
            case PENDING, BLOBS_SENT, SENT -> true;
            case ACKNOWLEDGED -> target == CONFIRMED;
            case CONFIRMED, QUARANTINED -> false;
        };
    }
}
