package id.loket.core.biometric;

/**
 * The ten fingers, each with its MOSIP SBI 0.9.5 {@code bioSubType} name (what a compliant
 * fingerprint device reports) and its ISO/IEC 19794-4 / ANSI finger position code.
 */
public enum Finger {
    RIGHT_THUMB("Right Thumb", 1),
    RIGHT_INDEX("Right IndexFinger", 2),
    RIGHT_MIDDLE("Right MiddleFinger", 3),
    RIGHT_RING("Right RingFinger", 4),
    RIGHT_LITTLE("Right LittleFinger", 5),
    LEFT_THUMB("Left Thumb", 6),
    LEFT_INDEX("Left IndexFinger", 7),
    LEFT_MIDDLE("Left MiddleFinger", 8),
    LEFT_RING("Left RingFinger", 9),
    LEFT_LITTLE("Left LittleFinger", 10);

    private final String bioSubType;
    private final int isoPosition;

    Finger(String bioSubType, int isoPosition) {
        this.bioSubType = bioSubType;
        this.isoPosition = isoPosition;
    }

    /** SBI 0.9.5 bioSubType, e.g. "Left IndexFinger". */
    public String bioSubType() {
        return bioSubType;
    }

    /** ISO/IEC 19794-4 finger position (1 = right thumb ... 10 = left little). */
    public int isoPosition() {
        return isoPosition;
    }

    /** The finger for an SBI bioSubType name. */
    public static Finger fromBioSubType(String name) {
        for (Finger f : values()) {
            if (f.bioSubType.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown SBI bioSubType: " + name);
    }
}
