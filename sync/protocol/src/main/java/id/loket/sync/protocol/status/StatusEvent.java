package id.loket.sync.protocol.status;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a device's status feed.
 *
 * @param cursor   position in the feed; the device asks for events after the highest one it applied
 * @param recordId the record concerned
 * @param decision what happened
 * @param reason   for REJECTED: why (shown to the officer and the applicant); else null
 * @param at       centre time of the decision
 */
public record StatusEvent(long cursor, UUID recordId, Decision decision, String reason, Instant at) {
}
