package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.bundle.BundleRefusal;
import id.loket.core.bundle.ReceiptResult;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code loket bundle receipt --file F}: applies the centre's signed receipt for a bundle: the
 * records it accepted become acknowledged, as after an online sync. Exit 0 applied, 3 refused.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true)
public final class BundleReceiptCommand implements Callable<Integer> {

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "cli.option.receiptFile")
    Path file;

    @Option(names = "--officer", paramLabel = "USERNAME", descriptionKey = "cli.option.bundleOfficer")
    String officer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            ReceiptResult result = core.bundles().receipts().apply(file.toAbsolutePath(),
                    BundleExportCommand.actor(officer));
            context.out().println(texts.text("cli.bundle.receiptApplied", result.bundleId(), result.acknowledged(),
                    result.quarantined(), result.unchanged()));
            context.out().flush();
            return ExitCodes.OK;
        } catch (BundleRefusal refused) {
            context.err().println(texts.render(refused.reason()));
            context.err().flush();
            return ExitCodes.REFUSED;
        }
    }
}
