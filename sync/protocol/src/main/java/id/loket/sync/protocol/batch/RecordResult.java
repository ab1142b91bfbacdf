package id.loket.sync.protocol.batch;

import id.loket.sync.protocol.ErrorCode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The centre's answer for one record.
 *
 * @param recordId      as sent
 * @param deviceSeq     as sent
 * @param outcome       see {@link Outcome}
 * @param receipt       the centre's receipt id of the stored record (ACCEPTED, DUPLICATE: the original)
 * @param receivedAt    server receive time of the stored record (the original one for DUPLICATE)
 * @param code          for CONFLICT, REJECTED, RETRY_LATER: a stable code; else null
 * @param message       operator text for {@code code}, else null
 * @param missingHashes for MISSING_BLOBS: the hashes the centre lacks; else empty
 */
public record RecordResult(UUID recordId, long deviceSeq, Outcome outcome, String receipt, Instant receivedAt,
                           ErrorCode code, String message, List<String> missingHashes) {
}
