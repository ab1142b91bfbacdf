package id.loket.core.sync;

import id.loket.sync.protocol.Sha256;

import java.time.Instant;

/**
 * The persisted state of one blob's resumable upload.
 *
 * @param blobHash    the blob's address
 * @param location    the upload's path at the centre ({@code /v1/uploads/{id}}), null when the
 *                    centre reported the blob held without an upload
 * @param size        the blob's length
 * @param ackedOffset the last offset the centre confirmed; {@code size} means the centre holds it
 * @param updatedAt   when it last changed
 */
public record UploadEntry(String blobHash, String location, long size, long ackedOffset, Instant updatedAt) {

    public UploadEntry {
        if (!Sha256.isHex(blobHash)) {
            throw new IllegalArgumentException("blobHash must be a lower-case SHA-256 hex digest");
        }
        if (size < 0 || ackedOffset < 0 || ackedOffset > size) {
            throw new IllegalArgumentException("offset " + ackedOffset + " is outside 0.." + size);
        }
    }

    /** True when the centre holds the whole blob. */
    public boolean complete() {
        return ackedOffset == size;
    }
}
