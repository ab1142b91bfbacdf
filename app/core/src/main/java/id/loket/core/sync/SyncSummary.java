package id.loket.core.sync;

import java.time.Instant;

/**
 * Where delivery stands, for the status bar and {@code loket sync status}.
 *
 * @param pendingRecords records the centre may not hold yet (pending, images sent, sent)
 * @param bytesLeft      image bytes still to upload plus the JSON of those records (before gzip)
 * @param acknowledged   records the centre holds, awaiting its decision
 * @param quarantined    records set aside with a reason (they never block the rest)
 * @param statusCursor   the status feed position applied last
 * @param lastAttemptAt  when the agent last talked to the centre, or null
 * @param lastSuccessAt  when a drain last completed, or null
 * @param lastErrorCode  the error of the last attempt, null when it succeeded
 */
public record SyncSummary(long pendingRecords, long bytesLeft, long acknowledged, long quarantined,
                          long statusCursor, Instant lastAttemptAt, Instant lastSuccessAt, String lastErrorCode) {
}
