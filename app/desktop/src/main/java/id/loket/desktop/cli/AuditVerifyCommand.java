package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.audit.AuditVerification;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code loket audit verify}: walks the hash chain of the audit log and says whether it is
 * intact; if not, names the first broken entry. Exit 0 when intact, 1 when broken.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class AuditVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        AuditVerification result;
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            result = core.audit().verify();
        }
        if (result.ok()) {
            context.out().println(texts.render(result.message()));
            context.out().flush();
            return ExitCodes.OK;
        }
        context.out().println(texts.text("cli.audit.checked", result.entriesChecked()));
        context.out().flush();
        context.err().println(texts.render(result.message()));
        context.err().flush();
        return ExitCodes.CHECK_FAILED;
    }
}
