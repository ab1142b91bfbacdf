package id.loket.sync.agent.ledger;

import java.time.Instant;

/**
 * Delivery as the store sees it.
 *
 * @param pendingRecords records the centre may not hold yet
 * @param bytesLeft      image bytes still to upload plus the JSON of those records
 * @param quarantined    records set aside with a reason
 * @param lastSuccessAt  the last completed drain, or null
 * @param lastErrorCode  the last attempt's error code, null after a success
 */
public record LedgerSummary(long pendingRecords, long bytesLeft, long quarantined, Instant lastSuccessAt,
                            String lastErrorCode) {
}
