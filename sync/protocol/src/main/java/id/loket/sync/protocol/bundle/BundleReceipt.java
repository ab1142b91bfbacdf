package id.loket.sync.protocol.bundle;

import id.loket.sync.protocol.batch.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the centre did with an imported bundle, per record, exactly as a batch reply would say it
 * ({@link Outcome}, receipt number, reason). It travels back to the device signed by the centre
 * ({@link SignedReceipt}); the device applies it as it applies an online batch reply.
 *
 * @param format   {@link #FORMAT}
 * @param deviceId the device the bundle came from (a receipt for another device is refused there)
 */
public record BundleReceipt(String format, UUID bundleId, String deviceId, Instant importedAt, List<Line> records) {

    public static final String FORMAT = "loket-bundle-receipt-1";

    public BundleReceipt {
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(deviceId, "deviceId");
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** One record's result; {@code receipt} is set for ACCEPTED and DUPLICATE, {@code message} otherwise. */
    public record Line(UUID recordId, long deviceSeq, String recordHash, Outcome outcome, String receipt,
                       String message) {
    }
}
