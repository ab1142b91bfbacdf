package id.loket.sync.protocol.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The per-record results of a batch, sent only after the centre committed them. */
public record BatchReply(UUID batchId, Instant receivedAt, List<RecordResult> results) {
}
