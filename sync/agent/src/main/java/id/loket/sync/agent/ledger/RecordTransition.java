package id.loket.sync.agent.ledger;

import java.util.Objects;

/** One record to move to another state; {@code reason} only for QUARANTINED. */
public record RecordTransition(long deviceSeq, RecordState to, String reason) {

    public RecordTransition {
        Objects.requireNonNull(to, "to");
        if (to == RecordState.QUARANTINED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a quarantine needs a reason");
        }
    }

    public static RecordTransition to(long deviceSeq, RecordState state) {
        return new RecordTransition(deviceSeq, state, null);
    }

    public static RecordTransition quarantine(long deviceSeq, String reason) {
        return new RecordTransition(deviceSeq, RecordState.QUARANTINED, reason);
    }
}
