package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.calllist.Contact;
import id.loket.core.officer.Officer;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code loket calllist export --to FILE --officer U}: writes everyone still to contact (name,
 * phone, status, reference, message in Bahasa Indonesia) to a CSV file and records them as
 * contacted under the officer, who signs in with their password (audited, lockout applies).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class CallListExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "cli.option.calllistTo")
    Path file;

    @Option(names = "--officer", required = true, paramLabel = "U", descriptionKey = "cli.option.officer")
    String username;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            Optional<Officer> officer = CliSignIn.signIn(context, texts, core, username,
                    texts.text("cli.calllist.password", username));
            if (officer.isEmpty()) {
                return ExitCodes.REFUSED;
            }
            try {
                List<Contact> written = core.callList().exportCsv(file, officer.get());
                context.out().println(texts.text("cli.calllist.exported", written.size(), file.toString()));
                context.out().flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                context.err().println(texts.text("cli.calllist.cannotWrite", file.toString()));
                context.err().flush();
                return ExitCodes.REFUSED;
            }
        }
    }
}
