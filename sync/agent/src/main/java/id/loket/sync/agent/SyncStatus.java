package id.loket.sync.agent;

import java.time.Duration;
import java.time.Instant;

/**
 * An immutable snapshot of the agent for the status bar and the CLI.
 *
 * @param enrolled           false until the device is enrolled with a centre
 * @param connectivity       what the last contact or health probe found
 * @param pendingRecords     records the centre may not hold yet
 * @param bytesLeft          image bytes still to upload plus those records' JSON
 * @param quarantined        records set aside with a reason
 * @param linkBytesPerSecond measured upload speed (moving average), 0 while unknown
 * @param eta                {@code bytesLeft} at that speed, null while unknown
 * @param lastSuccess        when a drain last completed, or null
 * @param lastErrorCode      the last failure's stable code ({@code offline}, {@code retry-later},
 *                           {@code bad-signature}, ...), null after a success
 */
public record SyncStatus(boolean enrolled, Connectivity connectivity, long pendingRecords, long bytesLeft,
                         long quarantined, double linkBytesPerSecond, Duration eta, Instant lastSuccess,
                         String lastErrorCode) {

    /** Nothing left to send. */
    public boolean idle() {
        return pendingRecords == 0;
    }
}
