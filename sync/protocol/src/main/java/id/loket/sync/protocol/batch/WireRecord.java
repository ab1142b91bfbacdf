package id.loket.sync.protocol.batch;

import com.fasterxml.jackson.databind.JsonNode;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One record in a batch: an application as finalised (or changed) on a device.
 *
 * @param recordId   the application's UUIDv7: the idempotency key at the centre
 * @param deviceSeq  the device's outbox sequence number (gap-free per device)
 * @param recordHash SHA-256 hex of the canonical JSON of {@code body}; the centre recomputes it
 * @param kind       what the body is, e.g. {@code application}
 * @param capturedAt device clock when the record was written (display only, never for ordering)
 * @param blobHashes every image and document the body references (uploaded before the batch)
 * @param body       the record itself
 */
public record WireRecord(UUID recordId, long deviceSeq, String recordHash, String kind, Instant capturedAt,
                         List<String> blobHashes, JsonNode body) {

    public static final String KIND_APPLICATION = "application";

    /** The hash the centre expects for a body. */
    public static String hashOf(JsonNode body) {
        return Sha256.hex(CanonicalJson.bytes(body));
    }
}
