package id.loket.core.sync;

import id.loket.sync.protocol.security.DeviceKeys;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Who this device is towards the centre: the device id of its profile, the office and counter it
 * serves, its Ed25519 key pair and, once enrolled, the centre's base URL.
 *
 * @param privateKeyPkcs8 the private key as stored (inside the encrypted store only)
 * @param publicKey       base64 X.509, as sent at enrollment
 * @param centreUrl       null until enrolled
 * @param enrolledAt      null until enrolled
 * @param centreBundleKey  the centre's X25519 key bundles are encrypted to (base64 X.509), null until known
 * @param centreReceiptKey the centre's Ed25519 key receipts are signed with (base64 X.509), null until known
 */
public record DeviceIdentity(UUID deviceId, String officeCode, int counterNumber, byte[] privateKeyPkcs8,
                             String publicKey, String centreUrl, Instant enrolledAt, String centreBundleKey,
                             String centreReceiptKey) {

    public DeviceIdentity {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(privateKeyPkcs8, "privateKeyPkcs8");
        Objects.requireNonNull(publicKey, "publicKey");
        privateKeyPkcs8 = privateKeyPkcs8.clone();
    }

    @Override
    public byte[] privateKeyPkcs8() {
        return privateKeyPkcs8.clone();
    }

    public PrivateKey signingKey() {
        return DeviceKeys.decodePrivate(privateKeyPkcs8);
    }

    public PublicKey verifyingKey() {
        return DeviceKeys.decodePublic(publicKey);
    }

    /** True once a centre accepted this device. */
    public boolean enrolled() {
        return centreUrl != null && enrolledAt != null;
    }

    /** True once the centre's bundle and receipt keys are known (bundles can be made and receipts checked). */
    public boolean knowsCentreKeys() {
        return centreBundleKey != null && centreReceiptKey != null;
    }

    /** Never prints the private key. */
    @Override
    public String toString() {
        return "DeviceIdentity[" + deviceId + ", " + officeCode + "/" + counterNumber + ", centre " + centreUrl + "]";
    }
}
