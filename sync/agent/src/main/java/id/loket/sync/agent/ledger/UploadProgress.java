package id.loket.sync.agent.ledger;

import java.util.Objects;

/**
 * A blob's resumable upload as persisted on the device.
 *
 * @param location the upload's path at the centre, null when the centre held the blob already
 * @param offset   the last offset the centre confirmed; {@code size} means the centre holds the blob
 */
public record UploadProgress(String hash, String location, long size, long offset) {

    public UploadProgress {
        Objects.requireNonNull(hash, "hash");
        if (size < 0 || offset < 0 || offset > size) {
            throw new IllegalArgumentException("offset " + offset + " is outside 0.." + size);
        }
    }

    /** The centre holds the whole blob. */
    public static UploadProgress atCentre(String hash, String location, long size) {
        return new UploadProgress(hash, location, size, size);
    }

    public boolean complete() {
        return offset == size;
    }

    public UploadProgress at(long newOffset) {
        return new UploadProgress(hash, location, size, newOffset);
    }
}
