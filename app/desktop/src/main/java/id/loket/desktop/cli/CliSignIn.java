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

    private static Optional<Officer> refused(CliContext context, String reason) {
        context.out().println();
        context.out().flush();
        context.err().println(reason);
        context.err().flush();
        return Optional.empty();
    }
}
