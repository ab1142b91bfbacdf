package id.loket.sync.agent.ledger;

import java.time.Instant;
import java.util.UUID;

/** A record set aside with a reason (a conflict, a refusal, a damaged payload); it blocks nothing. */
public record QuarantinedRecord(long deviceSeq, UUID recordId, String reason, Instant since) {
}
