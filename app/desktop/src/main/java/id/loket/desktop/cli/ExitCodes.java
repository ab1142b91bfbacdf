package id.loket.desktop.cli;

/**
 * Exit codes of the {@code loket} command, documented in its {@code --help} so scripts can rely
 * on them.
 */
public final class ExitCodes {

    /** Done; the check passed. */
    public static final int OK = 0;
    /** The check failed: the audit chain is broken, the NIK has errors, or sync left records quarantined. */
    public static final int CHECK_FAILED = 1;
    /** The command line was wrong (unknown option, missing value). */
    public static final int USAGE = 2;
    /** Refused: wrong administrator password, not permitted, or the password policy. */
    public static final int REFUSED = 3;
    /** Something unexpected failed (for example the store could not be opened); see the log. */
    public static final int ERROR = 4;
    /** Sync: not done yet (the centre is unreachable or busy); nothing is lost, try again later. */
    public static final int NOT_DONE = 5;

    private ExitCodes() {
    }
}
