package id.loket.core.biometric;

import id.loket.sync.protocol.Sha256;

import java.time.Instant;
import java.util.Objects;

/** The live photo: its SHA-256 in the blob store, its pixel size and when it was taken. */
public record PhotoCapture(String imageHash, int width, int height, Instant capturedAt) {

    public PhotoCapture {
        if (!Sha256.isHex(imageHash)) {
            throw new IllegalArgumentException("imageHash must be a lower-case SHA-256 hex digest");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("photo size must be positive");
        }
        Objects.requireNonNull(capturedAt, "capturedAt");
    }
}
