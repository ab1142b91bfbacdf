package id.loket.sync.central.device;

import java.security.PublicKey;
import java.time.Instant;

/**
 * An enrolled device: who may sign requests, for which office; {@code revokedAt} is set once an
 * administrator revoked it (ADR 0019), and from then on nothing it signs is accepted.
 */
public record Device(String deviceId, String officeCode, int counter, String publicKeyBase64, PublicKey publicKey,
                     Instant revokedAt, String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
