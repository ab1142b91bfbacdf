package id.loket.sync.agent.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One record still to deliver.
 *
 * @param payload    canonical JSON exactly as hashed when it was queued
 * @param blobHashes the images to upload before the record
 * @param capturedAt device clock when it was queued (display only)
 */
public record OutgoingRecord(long deviceSeq, UUID recordId, String kind, String recordHash, String payload,
                             List<String> blobHashes, RecordState state, Instant capturedAt) {

    public OutgoingRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
        blobHashes = List.copyOf(blobHashes);
    }

    /** A copy in another state (for in-memory ledgers). */
    public OutgoingRecord in(RecordState value) {
        return new OutgoingRecord(deviceSeq, recordId, kind, recordHash, payload, blobHashes, value, capturedAt);
    }
}
