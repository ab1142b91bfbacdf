package id.loket.devices.sbi.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The device's digital identity (spec "Digital ID"): the payload of the {@code digitalId}
 * value, which is unsigned base64url JSON in discovery and a signed JWT elsewhere.
 * {@code type} is {@code "Finger"} (older devices: {@code "Fingerprint"}); {@code deviceSubType}
 * {@code "Slap"}, {@code "Single"} or {@code "Touchless"}.
 */
public record DigitalId(
        String serialNo,
        String make,
        String model,
        String type,
        String deviceSubType,
        String deviceProvider,
        String deviceProviderId,
        String dateTime) {

    /** True for fingerprint devices under either spelling the spec has used. */
    @JsonIgnore
    public boolean isFinger() {
        return "Finger".equalsIgnoreCase(type) || "Fingerprint".equalsIgnoreCase(type);
    }
}
