package id.loket.core.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One record waiting for (or past) delivery to the centre.
 *
 * @param deviceSeq  this device's gap-free sequence number, the order of sending
 * @param recordId   the application id (the centre's idempotency key)
 * @param recordHash SHA-256 hex of the canonical JSON of the record as it was when queued
 * @param reason     why it was quarantined, else null
 */
public record OutboxEntry(long deviceSeq, UUID recordId, String recordHash, OutboxState state, String reason,
                          Instant createdAt, Instant updatedAt) {

    public OutboxEntry {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(recordHash, "recordHash");
        Objects.requireNonNull(state, "state");
    }
}
