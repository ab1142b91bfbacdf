package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.officer.LoginResult;
import id.loket.core.officer.Officer;
import id.loket.desktop.i18n.I18n;

import java.util.Arrays;
import java.util.Optional;

/**
 * An officer signs in on the command line: the password is read with the given prompt (never
 * taken as an argument) and checked by the officer service, so failures count towards the lockout
 * and are audited. On failure the reason is written to standard error.
 */
final class CliSignIn {

    private CliSignIn() {
    }

    /** The signed-in officer, or empty after writing why not. */
    static Optional<Officer> signIn(CliContext context, I18n texts, CoreServices core, String username,
                                    String prompt) {
        char[] password = context.passwords().read(prompt);
        LoginResult login;
        try {
            login = core.officers().login(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return switch (login) {
            case LoginResult.Success success -> Optional.of(success.officer());
            case LoginResult.Failed failed -> refused(context, texts.text("login.error.failed", failed.attemptsLeft()));
            case LoginResult.LockedOut locked -> refused(context, texts.text("login.error.locked", locked.until()));
        };
    }

    /** As {@link #signIn} for an administrator, with the usual password prompt. */
    static Optional<Officer> signInAdministrator(CliContext context, I18n texts, CoreServices core, String admin) {
        return signIn(context, texts, core, admin, texts.text("cli.officer.adminPassword", admin));
    }

    /** Ends the prompt line, prints the refusal and returns {@link ExitCodes#REFUSED}. */
    static int refuse(CliContext context, String reason) {
        context.out().println();
        context.out().flush();
        context.err().println(reason);
        context.err().flush();
        return ExitCodes.REFUSED;
    }

    private static Optional<Officer> refused(CliContext context, String reason) {
        refuse(context, reason);
        return Optional.empty();
    }
}
