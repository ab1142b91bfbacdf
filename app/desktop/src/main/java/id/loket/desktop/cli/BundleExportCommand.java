package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.bundle.ExportResult;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.sync.ByteSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code loket bundle export --to DIR [--all]}: writes every record the centre has not acknowledged
 * (only those no earlier bundle carried, unless {@code --all}) with its images into one signed,
 * encrypted bundle file in DIR (the USB stick). Exit 0 written, 3 refused (reason printed).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class BundleExportCommand extends BundleWork {

    @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "cli.option.bundleTo")
    Path to;

    @Option(names = "--all", descriptionKey = "cli.option.bundleAll")
    boolean all;

    @Override
    String run(CoreServices core, String actor, I18n texts) {
        ExportResult result = core.bundles().exporter().export(to.toAbsolutePath(), all, actor);
        return texts.text("cli.bundle.exported", result.records(), result.blobs(),
                ByteSize.format(result.bytes(), texts.locale()), result.file());
    }
}
