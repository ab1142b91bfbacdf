package id.loket.core.sync;

import id.loket.sync.protocol.status.Decision;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision received through the status feed, as recorded on the device.
 *
 * @param reason    why, for REJECTED (shown to the officer and the applicant); else null
 * @param decidedAt the centre's time of the decision
 * @param note      why it was not applied, for {@link DecisionOutcome#NOT_APPLIED}; else null
 */
public record CentreDecision(long feedCursor, UUID recordId, Decision decision, String reason, Instant decidedAt,
                             DecisionOutcome outcome, String note) {
}
