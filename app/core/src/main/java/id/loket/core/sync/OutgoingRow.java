package id.loket.core.sync;

import id.loket.core.outbox.OutboxState;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One outbox row still to deliver, with what the agent sends: the canonical JSON that was hashed
 * when it was queued and the images it references.
 *
 * @param payload    canonical JSON, exactly the bytes (UTF-8) whose SHA-256 is {@code recordHash}
 * @param blobHashes the images to upload before the record, sorted
 * @param createdAt  device clock when it was queued (display only)
 */
public record OutgoingRow(long deviceSeq, UUID recordId, String kind, String recordHash, String payload,
                          List<String> blobHashes, OutboxState state, Instant createdAt) {

    public OutgoingRow {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(payload, "payload");
        blobHashes = List.copyOf(blobHashes);
    }
}
