package id.loket.sync.agent.ledger;

import java.security.PublicKey;
import java.util.Objects;

/** What enrollment sends about this device: its id, office, counter and public key. */
public record DeviceCredentials(String deviceId, String officeCode, int counter, PublicKey publicKey) {

    public DeviceCredentials {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
