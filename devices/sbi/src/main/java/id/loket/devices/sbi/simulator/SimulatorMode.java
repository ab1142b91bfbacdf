package id.loket.devices.sbi.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the simulated device behaves, switchable while it runs. Each fault is one a careful client
 * must catch; the command-line and {@code POST /admin/mode} use the {@link #wireName()}.
 */
public enum SimulatorMode {
    /** Ready; captures meet the requested score. */
    NORMAL("normal"),
    /** Captures score below the requested score (optionally only the first N captures). */
    LOW_QUALITY("low-quality"),
    /** Reports "Busy" and answers captures with error 111. */
    BUSY("busy"),
    /** Reports "Not Ready" and answers captures with error 110. */
    NOT_READY("not-ready"),
    /** Answers each finger with error 101 "Unable to detect a biometric object" and no data. */
    ERROR("error"),
    /** Stalls a capture far past its timeout. */
    TIMEOUT("timeout"),
    /** Echoes a different transactionId than the one requested. */
    WRONG_TRANSACTION("wrong-transaction"),
    /** Stamps captures an hour in the past. */
    STALE_TIMESTAMP("stale-timestamp"),
    /** Leaves qualityScore out of the signed data. */
    MISSING_QUALITY("missing-quality"),
    /** Alters the signed data after signing, so the signature no longer matches. */
    BAD_SIGNATURE("bad-signature");

    private final String wireName;

    SimulatorMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Accepts the wire name or the enum name, any case. */
    public static Optional<SimulatorMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(m -> m.wireName.equals(t)).findFirst();
    }
}
