package id.loket.desktop.capture.fingerprint;

import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.desktop.i18n.I18n;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/**
 * One finger in the two-hand grid: a large toggle (touch-friendly) naming the finger and its
 * state: waiting, captured with its score, tried with its last score, or an exception awaiting or
 * holding a supervisor's confirmation. Fingers the office does not require are shown disabled.
 */
final class FingerTile {

    private FingerTile() {
    }

    static ToggleButton create(Finger finger, ToggleGroup group) {
        ToggleButton tile = new ToggleButton();
        tile.setId("fp-finger-" + finger.name());
        tile.setToggleGroup(group);
        tile.setUserData(finger);
        tile.getStyleClass().add("finger-tile");
        tile.setWrapText(true);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    /** Updates text and style for the finger's current state. */
    static void show(ToggleButton tile, I18n i18n, FingerCapture capture, boolean required) {
        tile.getStyleClass().removeAll("finger-pending", "finger-captured", "finger-exception", "finger-unused");
        tile.setDisable(!required);
        if (!required) {
            tile.getStyleClass().add("finger-unused");
            tile.setText(i18n.text("fingerprint.tile", capture.finger(), i18n.text("fingerprint.state.notRequired")));
            return;
        }
        String state = switch (capture.status()) {
            case CAPTURED -> {
                tile.getStyleClass().add("finger-captured");
                yield i18n.text("fingerprint.state.captured", capture.quality());
            }
            case EXCEPTION, SKIPPED_BY_SUPERVISOR -> {
                tile.getStyleClass().add("finger-exception");
                String reason = reasonText(i18n, capture.exceptionReason());
                yield capture.confirmedBy() == null
                        ? i18n.text("fingerprint.state.exceptionUnconfirmed", reason)
                        : i18n.text("fingerprint.state.exceptionConfirmed", reason, capture.confirmedBy());
            }
            case PENDING -> {
                tile.getStyleClass().add("finger-pending");
                yield capture.attempts() == 0 ? i18n.text("fingerprint.state.pending")
                        : i18n.text("fingerprint.state.tried", capture.attempts(),
                        capture.quality() == null ? "-" : capture.quality());
            }
        };
        tile.setText(i18n.text("fingerprint.tile", capture.finger(), state));
    }

    /** The reason in the current language; a reason stored by another version shows as stored. */
    static String reasonText(I18n i18n, String stored) {
        for (ExceptionReason reason : ExceptionReason.values()) {
            if (reason.name().equals(stored)) {
                return i18n.text("fingerprint.reason", reason);
            }
        }
        return stored == null ? "" : stored;
    }
}
