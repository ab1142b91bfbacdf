package id.loket.devices.sbi.client;

import id.loket.devices.sbi.wire.DigitalId;
import java.util.List;

/**
 * A capture that passed every check. {@code deviceTrusted} is true only when the signer chained
 * to a configured provider certificate ({@link TrustPolicy#anchoredIn}); {@code lastHash} is the
 * {@code previousHash} for the applicant's next capture.
 */
public record CaptureResult(
        String transactionId,
        String deviceId,
        DigitalId digitalId,
        boolean deviceTrusted,
        List<CapturedFinger> fingers,
        String lastHash) {

    public CaptureResult {
        fingers = List.copyOf(fingers);
    }
}
