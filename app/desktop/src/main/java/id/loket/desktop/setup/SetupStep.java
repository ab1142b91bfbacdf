package id.loket.desktop.setup;

import id.loket.core.provision.ProvisioningField;

import java.util.List;

/** The steps of the first-run wizard, in order, and the provisioning fields each one asks for. */
public enum SetupStep {
    OFFICE(List.of(ProvisioningField.OFFICE_CODE, ProvisioningField.OFFICE_NAME, ProvisioningField.COUNTER)),
    CENTRE(List.of(ProvisioningField.CENTRE_URL, ProvisioningField.ENROLLMENT_TOKEN)),
    FINGERS(List.of(ProvisioningField.FINGERS, ProvisioningField.QUALITY_THRESHOLD)),
    QUOTAS(List.of(ProvisioningField.LANE_QUOTAS)),
    ADMINISTRATOR(List.of());

    private final List<ProvisioningField> fields;

    SetupStep(List<ProvisioningField> fields) {
        this.fields = fields;
    }

    public List<ProvisioningField> fields() {
        return fields;
    }

    /** The step asking for a field ({@code laneQuotas.WALK_IN} belongs to {@link #QUOTAS}); null when none does. */
    public static SetupStep of(String topLevelField) {
        for (SetupStep step : values()) {
            if (step.fields.stream().anyMatch(f -> f.jsonName().equals(topLevelField))) {
                return step;
            }
        }
        return null;
    }

    /** 1-based position for "step 2 of 5". */
    public int number() {
        return ordinal() + 1;
    }

    public SetupStep next() {
        return this == ADMINISTRATOR ? this : values()[ordinal() + 1];
    }

    public SetupStep previous() {
        return this == OFFICE ? this : values()[ordinal() - 1];
    }
}
