package id.loket.devices.sbi.wire;

/**
 * The payload of a capture reply's {@code data} JWT. {@code bioValue} is the base64url image
 * (an ISO 19794-4 record from real scanners; a PNG from our simulator); the scores are 0-100
 * and arrive as JSON numbers or strings, so they are kept as text and checked by the client.
 * {@link #toString()} never prints {@code bioValue}.
 */
public record BiometricData(
        String digitalId,
        String deviceCode,
        String deviceServiceVersion,
        String bioType,
        String bioSubType,
        String purpose,
        String env,
        String bioValue,
        String transactionId,
        String timestamp,
        String requestedScore,
        String qualityScore) {

    @Override
    public String toString() {
        return "BiometricData[deviceCode=" + deviceCode + ", bioType=" + bioType
                + ", bioSubType=" + bioSubType + ", purpose=" + purpose + ", env=" + env
                + ", bioValue=<" + (bioValue == null ? 0 : bioValue.length()) + " chars redacted>"
                + ", transactionId=" + transactionId + ", timestamp=" + timestamp
                + ", requestedScore=" + requestedScore + ", qualityScore=" + qualityScore + "]";
    }
}
