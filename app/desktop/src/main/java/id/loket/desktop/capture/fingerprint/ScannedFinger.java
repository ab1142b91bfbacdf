package id.loket.desktop.capture.fingerprint;

import id.loket.core.biometric.Finger;

import java.util.Objects;

/**
 * One print as the scanner returned it. The image is biometric data: it is copied in and out and
 * {@link #toString()} shows only its size, so it never reaches a log.
 *
 * @param quality    the device's quality score, 0-100
 * @param mediaType  the image's media type (e.g. {@code image/png})
 * @param imageHash  lower-case SHA-256 hex of the image, as the device client computed it
 */
public record ScannedFinger(Finger finger, double quality, byte[] image, String mediaType, String imageHash) {

    public ScannedFinger {
        Objects.requireNonNull(finger, "finger");
        image = image.clone();
        Objects.requireNonNull(mediaType, "mediaType");
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    /** The score as the whole number stored with the capture (rounded down, so 59.9 stays below 60). */
    public int wholeQuality() {
        return (int) Math.max(0, Math.min(100, Math.floor(quality)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScannedFinger o && finger == o.finger && Double.compare(quality, o.quality) == 0
                && Objects.equals(imageHash, o.imageHash) && Objects.equals(mediaType, o.mediaType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(finger, quality, imageHash);
    }

    @Override
    public String toString() {
        return "ScannedFinger[finger=" + finger + ", quality=" + quality + ", image=<" + image.length
                + " bytes redacted>, mediaType=" + mediaType + "]";
    }
}
