package id.loket.sync.central.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A record as the centre holds it.
 *
 * @param body         the canonical JSON of the record's body, as hashed
 * @param receipt      the centre's receipt id
 * @param lastDecision the latest adjudication (APPROVED, REJECTED, PRINTED) or null
 */
public record StoredRecord(UUID recordId, String deviceId, long deviceSeq, String recordHash, String kind,
                           Instant capturedAt, List<String> blobHashes, String body, Instant receivedAt,
                           String receipt, String lastDecision) {
}
