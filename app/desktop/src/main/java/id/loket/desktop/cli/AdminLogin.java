package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.officer.LoginResult;
import id.loket.core.officer.Officer;
import id.loket.desktop.i18n.I18n;

import java.util.Arrays;
import java.util.Optional;

/**
 * Signs an administrator in for a command: reads their password (never an argument), logs in
 * through the officer service so the lockout rules apply and the attempt is audited, and prints
 * the refusal when it fails.
 */
final class AdminLogin {

    private AdminLogin() {
    }

    /** The signed-in officer, or empty after the refusal was printed. */
    static Optional<Officer> signIn(CoreServices core, String admin, CliContext context, I18n texts) {
        char[] password = context.passwords().read(texts.text("cli.officer.adminPassword", admin));
        LoginResult login;
        try {
            login = core.officers().login(admin, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return switch (login) {
            case LoginResult.Success success -> Optional.of(success.officer());
            case LoginResult.Failed failed -> refused(context, texts.text("login.error.failed", failed.attemptsLeft()));
            case LoginResult.LockedOut locked -> refused(context, texts.text("login.error.locked", locked.until()));
        };
    }

    /** Ends the prompt line, prints the refusal and returns {@link ExitCodes#REFUSED}. */
    static int refuse(CliContext context, String text) {
        context.out().println();
        context.out().flush();
        context.err().println(text);
        context.err().flush();
        return ExitCodes.REFUSED;
    }

    private static Optional<Officer> refused(CliContext context, String text) {
        refuse(context, text);
        return Optional.empty();
    }
}
