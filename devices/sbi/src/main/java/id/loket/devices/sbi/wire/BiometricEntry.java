package id.loket.devices.sbi.wire;

/**
 * One element of {@code biometrics}: {@code data} is a JWT whose payload is a
 * {@link BiometricData} signed with the device key; {@code hash} chains the captures
 * (upper-case hex SHA-256 of the previous hash bytes followed by SHA-256 of this bioValue).
 * {@code data} carries the image, so {@link #toString()} shows only its length.
 */
public record BiometricEntry(String specVersion, String data, String hash, SbiError error) {

    @Override
    public String toString() {
        return "BiometricEntry[specVersion=" + specVersion
                + ", data=<" + (data == null ? 0 : data.length()) + " chars redacted>"
                + ", hash=" + hash + ", error=" + error + "]";
    }
}
