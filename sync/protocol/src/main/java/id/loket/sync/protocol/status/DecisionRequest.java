package id.loket.sync.protocol.status;

/**
 * {@code POST /v1/admin/records/{id}/decision} (administrator token): the adjudicator's decision,
 * so the round trip can be exercised without the real back office.
 *
 * @param decision APPROVED, REJECTED or PRINTED
 * @param reason   required for REJECTED
 */
public record DecisionRequest(Decision decision, String reason) {
}
