package id.loket.core.sync;

import id.loket.core.outbox.OutboxState;

import java.util.Objects;

/** One outbox row to move to another state; {@code reason} only for QUARANTINED. */
public record OutboxMove(long deviceSeq, OutboxState to, String reason) {

    public OutboxMove {
        Objects.requireNonNull(to, "to");
    }

    public static OutboxMove to(long deviceSeq, OutboxState state) {
        return new OutboxMove(deviceSeq, state, null);
    }

    public static OutboxMove quarantine(long deviceSeq, String reason) {
        return new OutboxMove(deviceSeq, OutboxState.QUARANTINED, reason);
    }
}
