package id.loket.desktop.cli;

import id.loket.desktop.i18n.I18n;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.http.HostileReplyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/** How the {@code loket sync} commands report a failed exchange with the centre, and their exit codes. */
final class SyncFailures {

    private static final Logger LOG = LoggerFactory.getLogger(SyncFailures.class);

    private SyncFailures() {
    }

    /** Prints the failure in the officer's language and returns the exit code for it. */
    static int report(Exception failure, CliContext context, I18n texts) {
        int code;
        String text;
        switch (failure) {
            case CentreException refused when refused.code().retryable() -> {
                text = texts.text("cli.sync.centreBusy", refused.code().code());
                code = ExitCodes.NOT_DONE;
            }
            case CentreException refused -> {
                text = texts.text("cli.sync.refused", refused.code().code());
                code = ExitCodes.REFUSED;
            }
            case HostileReplyException hostile -> {
                text = texts.text("cli.sync.hostile", hostile.getMessage());
                code = ExitCodes.NOT_DONE;
            }
            case IOException offline -> {
                text = texts.text("cli.sync.unreachable", String.valueOf(offline.getMessage()));
                code = ExitCodes.NOT_DONE;
            }
            default -> throw new IllegalStateException(failure);
        }
        LOG.warn("sync failed", failure);
        context.err().println(text);
        context.err().flush();
        return code;
    }
}
