package id.loket.core.provision;

import id.loket.core.i18n.Message;

/**
 * The fields of a provisioning: their names in the provisioning file (and in every problem
 * reported about them) and the label an officer reads. Lane quotas are one field per lane,
 * named {@code laneQuotas.<LANE>}.
 */
public enum ProvisioningField {
    OFFICE_CODE("officeCode"),
    OFFICE_NAME("officeName"),
    COUNTER("counter"),
    CENTRE_URL("centreUrl"),
    ENROLLMENT_TOKEN("enrollmentToken"),
    FINGERS("fingers"),
    QUALITY_THRESHOLD("qualityThreshold"),
    LANE_QUOTAS("laneQuotas");

    private final String jsonName;

    ProvisioningField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in the provisioning file, e.g. {@code officeCode}. */
    public String jsonName() {
        return jsonName;
    }

    /** The label in the officer's language. */
    public Message label() {
        String key = LABEL_PREFIX + jsonName;
        return Message.of(key);
    }

    private static final String LABEL_PREFIX = "provision.field.";

    /** The field with this file name, or null. */
    public static ProvisioningField byJsonName(String name) {
        for (ProvisioningField f : values()) {
            if (f.jsonName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** Every file name, comma-separated (for "unknown field" messages). */
    public static String jsonNames() {
        StringBuilder out = new StringBuilder();
        for (ProvisioningField f : values()) {
            out.append(out.isEmpty() ? "" : ", ").append(f.jsonName);
        }
        return out.toString();
    }
}
