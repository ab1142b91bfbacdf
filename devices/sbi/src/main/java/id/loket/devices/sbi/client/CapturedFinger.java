package id.loket.devices.sbi.client;

import id.loket.devices.sbi.wire.SbiFinger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One checked finger image. {@code imageSha256} is lower-case hex SHA-256 of {@link #image()}
 * (what Loket stores as the capture's image hash); {@code chainHash} is the SBI {@code hash} of
 * the block. The image is biometric data: {@link #toString()} shows only its size.
 */
public record CapturedFinger(
        SbiFinger finger,
        double qualityScore,
        double requestedScore,
        byte[] image,
        String imageSha256,
        String mediaType,
        Instant deviceTimestamp,
        String chainHash) {

    public CapturedFinger {
        image = image.clone();
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CapturedFinger o && finger == o.finger
                && Double.compare(qualityScore, o.qualityScore) == 0
                && Double.compare(requestedScore, o.requestedScore) == 0
                && Arrays.equals(image, o.image) && Objects.equals(imageSha256, o.imageSha256)
                && Objects.equals(mediaType, o.mediaType) && Objects.equals(deviceTimestamp, o.deviceTimestamp)
                && Objects.equals(chainHash, o.chainHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(finger, qualityScore, imageSha256, chainHash);
    }

    @Override
    public String toString() {
        return "CapturedFinger[finger=" + finger + ", qualityScore=" + qualityScore + ", requestedScore="
                + requestedScore + ", image=<" + image.length + " bytes redacted>, imageSha256=" + imageSha256
                + ", mediaType=" + mediaType + ", deviceTimestamp=" + deviceTimestamp + ", chainHash=" + chainHash + "]";
    }
}
