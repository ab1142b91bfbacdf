package id.loket.core.biometric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fingerprint part of an application: the finger set required when the draft was opened and
 * one {@link FingerCapture} per required finger (in the set's order). Changing the office's
 * configuration later does not change what an open application needs.
 */
public record FingerprintCapture(FingerSet required, List<FingerCapture> fingers) {

    public FingerprintCapture {
        Objects.requireNonNull(required, "required");
        fingers = fingers == null ? List.of() : List.copyOf(fingers);
        for (FingerCapture c : fingers) {
            if (!required.requires(c.finger())) {
                throw new IllegalArgumentException(c.finger() + " is not in the required set " + required.format());
            }
        }
        if (fingers.stream().map(FingerCapture::finger).distinct().count() != fingers.size()) {
            throw new IllegalArgumentException("a finger appears twice");
        }
    }

    /** Every required finger pending. */
    public static FingerprintCapture pending(FingerSet required) {
        return new FingerprintCapture(required, required.fingers().stream().map(FingerCapture::pending).toList());
    }

    /** The entry for a finger (pending if none was recorded). */
    public FingerCapture finger(Finger finger) {
        return fingers.stream().filter(c -> c.finger() == finger).findFirst()
                .orElseGet(() -> FingerCapture.pending(finger));
    }

    /** A copy with this finger's entry replaced. */
    public FingerprintCapture with(FingerCapture capture) {
        if (!required.requires(capture.finger())) {
            throw new IllegalArgumentException(capture.finger() + " is not in the required set " + required.format());
        }
        List<FingerCapture> next = new ArrayList<>();
        for (Finger f : required.fingers()) {
            next.add(f == capture.finger() ? capture : finger(f));
        }
        return new FingerprintCapture(required, next);
    }

    /** Required fingers that still block finalising, in set order. */
    public List<FingerCapture> unresolved() {
        return required.fingers().stream().map(this::finger).filter(c -> !c.resolved()).toList();
    }

    /** True when every required finger is captured or a confirmed exception. */
    public boolean complete() {
        return unresolved().isEmpty();
    }
}
