package id.loket.core.biometric;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which fingers an office captures. The state's actual set is not public, so it is configuration:
 * from two flat index prints up to all ten. Fingers are kept in ISO position order without
 * duplicates, so equal sets are equal records and serialise identically.
 *
 * <p>Presets: {@link #TWO_INDEX} (left and right index, the two prints ICAO-style passports store);
 * {@link #FOUR} (both thumbs and both index fingers: the index fingers plus the thumbs that
 * enrolment systems use as their fallback when an index finger is unusable);
 * {@link #TEN} (every finger).
 */
public record FingerSet(List<Finger> fingers) {

    public static final FingerSet TWO_INDEX = of(Finger.LEFT_INDEX, Finger.RIGHT_INDEX);
    public static final FingerSet FOUR = of(Finger.LEFT_THUMB, Finger.LEFT_INDEX, Finger.RIGHT_THUMB,
            Finger.RIGHT_INDEX);
    public static final FingerSet TEN = of(Finger.values());

    public FingerSet {
        if (fingers == null || fingers.isEmpty()) {
            throw new IllegalArgumentException("a finger set needs at least one finger");
        }
        fingers = List.copyOf(EnumSet.copyOf(fingers));
    }

    public static FingerSet of(Finger... fingers) {
        return new FingerSet(List.of(fingers));
    }

    /** True when this set requires the finger. */
    public boolean requires(Finger finger) {
        return fingers.contains(finger);
    }

    /** Number of fingers in the set. */
    public int size() {
        return fingers.size();
    }

    /**
     * Parses configuration: a preset name ({@code TWO_INDEX}, {@code FOUR}, {@code TEN}) or a
     * comma-separated list of finger names such as {@code "LEFT_INDEX,RIGHT_INDEX"}
     * (case and surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the unknown token, or for an empty value
     */
    public static FingerSet parse(String config) {
        if (config == null || config.isBlank()) {
            throw new IllegalArgumentException("finger set is empty; expected e.g. LEFT_INDEX,RIGHT_INDEX or TWO_INDEX");
        }
        String trimmed = config.trim().toUpperCase(Locale.ROOT);
        switch (trimmed) {
            case "TWO_INDEX" -> {
                return TWO_INDEX;
            }
            case "FOUR" -> {
                return FOUR;
            }
            case "TEN" -> {
                return TEN;
            }
            default -> {
                // a list of finger names
            }
        }
        List<Finger> parsed = new ArrayList<>();
        for (String token : trimmed.split(",")) {
            String name = token.trim();
            if (name.isEmpty()) {
                continue;
            }
            try {
                parsed.add(Finger.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown finger '" + name + "'; expected one of "
                        + EnumSet.allOf(Finger.class), e);
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("finger set is empty: '" + config + "'");
        }
        return new FingerSet(parsed);
    }

    /** The configuration form, e.g. {@code "RIGHT_INDEX,LEFT_INDEX"}; {@link #parse} reads it back. */
    public String format() {
        return fingers.stream().map(Finger::name).collect(Collectors.joining(","));
    }

    /** The fingers as an EnumSet copy. */
    public Set<Finger> asSet() {
        return EnumSet.copyOf(fingers);
    }
}
