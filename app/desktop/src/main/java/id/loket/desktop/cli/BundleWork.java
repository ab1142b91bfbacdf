package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.bundle.BundleRefusal;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** What the {@code loket bundle} commands share: the store, the audited actor, refusals printed in the chosen language (exit 3). */
abstract class BundleWork implements Callable<Integer> {

    @Option(names = "--officer", paramLabel = "USERNAME", descriptionKey = "cli.option.bundleOfficer")
    String officer;

    @Spec
    CommandSpec spec;

    /** Does the work and returns the line to print. */
    abstract String run(CoreServices core, String actor, I18n texts);

    @Override
    public final Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            context.out().println(run(core, actor(), texts));
            context.out().flush();
            return ExitCodes.OK;
        } catch (BundleRefusal refused) {
            context.err().println(texts.render(refused.reason()));
            context.err().flush();
            return ExitCodes.REFUSED;
        }
    }

    /** Who the audit names: the officer given, else the operating-system user, marked as the command line. */
    private String actor() {
        return officer != null && !officer.isBlank() ? officer.strip()
                : "cli:" + System.getProperty("user.name", "unknown");
    }
}
