package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.bundle.BundleRefusal;
import id.loket.core.bundle.ExportResult;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.sync.ByteSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code loket bundle export --to DIR [--all]}: writes every record the centre has not acknowledged
 * (only those no earlier bundle carried, unless {@code --all}) with its images into one signed,
 * encrypted bundle file in DIR (the USB stick). Exit 0 written, 3 refused (reason printed).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class BundleExportCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "cli.option.bundleTo")
    Path to;

    @Option(names = "--all", descriptionKey = "cli.option.bundleAll")
    boolean all;

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
            ExportResult result = core.bundles().exporter().export(to.toAbsolutePath(), all, actor(officer));
            context.out().println(texts.text("cli.bundle.exported", result.records(), result.blobs(),
                    ByteSize.format(result.bytes(), texts.locale()), result.file()));
            context.out().flush();
            return ExitCodes.OK;
        } catch (BundleRefusal refused) {
            context.err().println(texts.render(refused.reason()));
            context.err().flush();
            return ExitCodes.REFUSED;
        }
    }

    /** Who the audit names: the officer given, else the operating-system user, marked as the command line. */
    static String actor(String officer) {
        return officer != null && !officer.isBlank() ? officer.strip()
                : "cli:" + System.getProperty("user.name", "unknown");
    }
}
