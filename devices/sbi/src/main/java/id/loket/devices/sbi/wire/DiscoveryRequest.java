package id.loket.devices.sbi.wire;

/**
 * MOSIPDISC body: {@code {"type":"Finger"}}; {@code "Biometric Device"} asks for any modality.
 */
public record DiscoveryRequest(String type) {
    public static final String FINGER = "Finger";
    public static final String ANY_DEVICE = "Biometric Device";
}
