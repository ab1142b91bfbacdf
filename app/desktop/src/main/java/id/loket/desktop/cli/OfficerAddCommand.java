package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code loket officer add}: an administrator adds an officer account. The administrator signs in
 * with their password (so the addition is audited under their name and the lockout rules apply),
 * then the new officer's password is read twice. Passwords are never taken as arguments, where
 * they would end up in shell history.
 */
@Command(name = "add", mixinStandardHelpOptions = true)
public final class OfficerAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--username", required = true, paramLabel = "U", descriptionKey = "cli.option.username")
    String username;

    @Option(names = "--name", required = true, paramLabel = "FULL NAME", descriptionKey = "cli.option.name")
    String fullName;

    @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "cli.option.role")
    Role role;

    @Option(names = "--admin", required = true, paramLabel = "U", descriptionKey = "cli.option.admin")
    String admin;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            Optional<Officer> signedIn = CliSignIn.signInAdministrator(context, texts, core, admin);
            if (signedIn.isEmpty()) {
                return ExitCodes.REFUSED;
            }
            Officer actor = signedIn.get();
            char[] password = context.passwords().read(texts.text("cli.officer.newPassword", username));
            char[] again = context.passwords().read(texts.text("cli.officer.repeatPassword"));
            try {
                if (!Arrays.equals(password, again)) {
                    return CliSignIn.refuse(context, texts.text("setup.error.passwordMismatch"));
                }
                Officer added = core.officers().add(actor, username, fullName, role, password);
                context.out().println(texts.text("cli.officer.added", added.username(), added.fullName(), added.role()));
                context.out().flush();
                return ExitCodes.OK;
            } catch (RuntimeException refused) {
                return CliSignIn.refuse(context, texts.render(id.loket.desktop.shell.Failures.message(refused)));
            } finally {
                Arrays.fill(password, '\0');
                Arrays.fill(again, '\0');
            }
        }
    }
}
