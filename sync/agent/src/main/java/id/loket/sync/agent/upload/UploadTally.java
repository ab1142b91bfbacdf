package id.loket.sync.agent.upload;

import java.util.Set;

/**
 * What one upload pass did.
 *
 * @param uploaded   blobs this pass completed at the centre
 * @param bytesSent  chunk bytes the centre confirmed
 * @param restarts   uploads the centre discarded (hash mismatch) and that began again
 * @param unreadable hashes missing or damaged on this device (their records must be quarantined)
 */
public record UploadTally(int uploaded, long bytesSent, int restarts, Set<String> unreadable) {

    public UploadTally {
        unreadable = Set.copyOf(unreadable);
    }
}
