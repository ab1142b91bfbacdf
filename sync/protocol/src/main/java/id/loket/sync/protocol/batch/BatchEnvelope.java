package id.loket.sync.protocol.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /v1/batches}: up to {@link #MAX_RECORDS} records of one device, JSON gzip-compressed
 * ({@code Content-Encoding: gzip}), signed by the device key over the compressed bytes (see
 * {@link id.loket.sync.protocol.security.RequestSigning}). Images never travel inside a batch.
 *
 * @param protocolVersion {@link id.loket.sync.protocol.ProtocolVersion#CURRENT}
 * @param deviceId        must equal the signing device
 * @param batchId         fresh per attempt (for logs); idempotency is per record id
 * @param firstSeq        lowest device sequence inside
 * @param lastSeq         highest device sequence inside
 * @param sentAt          device clock (display only)
 * @param records         the records, in device-sequence order
 */
public record BatchEnvelope(int protocolVersion, String deviceId, UUID batchId, long firstSeq, long lastSeq,
                            Instant sentAt, List<WireRecord> records) {

    public static final int MAX_RECORDS = 50;
    /** Largest accepted batch after decompression. */
    public static final int MAX_JSON_BYTES = 8 * 1024 * 1024;
}
