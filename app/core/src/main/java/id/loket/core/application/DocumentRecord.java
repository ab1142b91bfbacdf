package id.loket.core.application;

import id.loket.sync.protocol.Sha256;

import java.time.Instant;
import java.util.Objects;

/**
 * One document seen at the counter.
 *
 * @param type       which document
 * @param imageHash  SHA-256 hex of the scan in the blob store, or null if only the original was seen
 * @param note       officer's remark, may be null
 * @param recordedBy username of the officer who checked it
 * @param recordedAt when it was checked
 */
public record DocumentRecord(DocumentType type, String imageHash, String note, String recordedBy, Instant recordedAt) {

    public DocumentRecord {
        Objects.requireNonNull(type, "type");
        if (imageHash != null && !Sha256.isHex(imageHash)) {
            throw new IllegalArgumentException("imageHash must be a lower-case SHA-256 hex digest");
        }
    }
}
