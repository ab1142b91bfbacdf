package id.loket.sync.protocol.enroll;

/**
 * {@code POST /v1/devices}: a device registers its public key with a one-time enrollment token
 * that the centre's operator issued for an office (unsigned: the device has no registered key yet).
 *
 * @param protocolVersion  {@link id.loket.sync.protocol.ProtocolVersion#CURRENT}
 * @param deviceId         the device's UUID (chosen by the device at first run)
 * @param officeCode       e.g. {@code DPS}
 * @param counter          the counter number at that office
 * @param publicKey        base64 X.509 Ed25519 public key, see {@link id.loket.sync.protocol.security.DeviceKeys}
 * @param enrollmentToken  the one-time token
 */
public record EnrollRequest(int protocolVersion, String deviceId, String officeCode, int counter,
                            String publicKey, String enrollmentToken) {
}
