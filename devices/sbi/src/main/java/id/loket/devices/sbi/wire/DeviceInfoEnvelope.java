package id.loket.devices.sbi.wire;

/**
 * One element of the MOSIPDINFO reply array: {@code deviceInfo} is a JWT (signed with the device
 * key once registered) or, for an unregistered device, just the base64url payload of a
 * {@link DeviceInfo}.
 */
public record DeviceInfoEnvelope(String deviceInfo, SbiError error) {
}
