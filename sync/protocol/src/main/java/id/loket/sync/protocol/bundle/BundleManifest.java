package id.loket.sync.protocol.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a bundle carries, signed by the device key: every record (its canonical JSON hashes to
 * {@code sha256}, the same value as the online {@code recordHash}) and every image (addressed by
 * its SHA-256). The reader refuses any entry whose bytes do not hash to what is listed here.
 *
 * @param format   {@link #FORMAT}
 * @param bundleId fresh per bundle; the centre refuses a bundle id it imported before
 * @param deviceId the enrolled device whose key signed the manifest
 */
public record BundleManifest(String format, UUID bundleId, String deviceId, Instant createdAt,
                             List<Record> records, List<Blob> blobs) {

    public static final String FORMAT = "loket-bundle-1";

    public BundleManifest {
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(deviceId, "deviceId");
        records = records == null ? List.of() : List.copyOf(records);
        blobs = blobs == null ? List.of() : List.copyOf(blobs);
    }

    /** One record: the entry {@code record/<deviceSeq>} holds its canonical JSON. */
    public record Record(UUID recordId, long deviceSeq, String kind, String sha256, Instant capturedAt,
                         List<String> blobHashes) {
        public Record {
            blobHashes = blobHashes == null ? List.of() : List.copyOf(blobHashes);
        }

        public String entryName() {
            return "record/" + deviceSeq;
        }
    }

    /** One image: the entry {@code blob/<sha256>} holds its bytes. */
    public record Blob(String sha256, long size, String mediaType) {
        public String entryName() {
            return "blob/" + sha256;
        }
    }
}
