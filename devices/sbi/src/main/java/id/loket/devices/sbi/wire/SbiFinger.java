package id.loket.devices.sbi.wire;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten fingers by their SBI 0.9.5 {@code bioSubType} names, and which slap sensor of a
 * slap scanner captures each ({@code deviceSubId} 1 = left four, 2 = right four, 3 = two thumbs).
 * The desktop maps its own finger model onto these names; the wire name is the contract.
 */
public enum SbiFinger {
    LEFT_INDEX("Left IndexFinger", 1),
    LEFT_MIDDLE("Left MiddleFinger", 1),
    LEFT_RING("Left RingFinger", 1),
    LEFT_LITTLE("Left LittleFinger", 1),
    RIGHT_INDEX("Right IndexFinger", 2),
    RIGHT_MIDDLE("Right MiddleFinger", 2),
    RIGHT_RING("Right RingFinger", 2),
    RIGHT_LITTLE("Right LittleFinger", 2),
    LEFT_THUMB("Left Thumb", 3),
    RIGHT_THUMB("Right Thumb", 3);

    private final String wireName;
    private final int slapSubId;

    SbiFinger(String wireName, int slapSubId) {
        this.wireName = wireName;
        this.slapSubId = slapSubId;
    }

    /** The spec's {@code bioSubType} text, e.g. {@code "Left IndexFinger"}. */
    public String wireName() {
        return wireName;
    }

    /** The slap sensor ({@code deviceSubId}) that captures this finger: 1, 2 or 3. */
    public int slapSubId() {
        return slapSubId;
    }

    /** The finger for a {@code bioSubType}, exact match as the spec spells it. */
    public static Optional<SbiFinger> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }
}
