package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.bundle.ReceiptResult;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code loket bundle receipt --file F}: applies the centre's signed receipt for a bundle: the
 * records it accepted become acknowledged, as after an online sync. Exit 0 applied, 3 refused.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true)
public final class BundleReceiptCommand extends BundleWork {

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "cli.option.receiptFile")
    Path file;

    @Override
    String run(CoreServices core, String actor, I18n texts) {
        ReceiptResult result = core.bundles().receipts().apply(file.toAbsolutePath(), actor);
        return texts.text("cli.bundle.receiptApplied", result.bundleId(), result.acknowledged(), result.quarantined(),
                result.unchanged());
    }
}
