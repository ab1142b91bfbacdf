package id.loket.desktop.capture.fingerprint;

/**
 * Why a required finger is recorded as an exception instead of a print. Stored by name (a stable,
 * language-free code) in the capture; shown through the bundles ({@code enum.ExceptionReason.*}).
 * A finger that is missing or covered cannot be tried, so those reasons may be given at once;
 * {@link #UNREADABLE} needs the policy's attempts first.
 */
public enum ExceptionReason {
    AMPUTATED,
    INJURED,
    BANDAGED,
    UNREADABLE;

    /** True when the reason only follows failed attempts. */
    public boolean needsAttempts() {
        return this == UNREADABLE;
    }
}
