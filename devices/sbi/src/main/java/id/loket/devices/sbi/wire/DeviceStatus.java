package id.loket.devices.sbi.wire;

import java.util.Arrays;

/** {@code deviceStatus} values of the spec; {@link #UNKNOWN} for anything else a device sends. */
public enum DeviceStatus {
    READY("Ready"),
    BUSY("Busy"),
    NOT_READY("Not Ready"),
    NOT_REGISTERED("Not Registered"),
    UNKNOWN("");

    private final String wireName;

    DeviceStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Case-insensitive, as vendors differ in capitalisation. */
    public static DeviceStatus fromWireName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        String trimmed = name.trim();
        return Arrays.stream(values())
                .filter(s -> s != UNKNOWN && s.wireName.equalsIgnoreCase(trimmed))
                .findFirst().orElse(UNKNOWN);
    }
}
