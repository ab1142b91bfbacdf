package id.loket.desktop.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/**
 * The root {@code loket} command: global options only; the work is in the subcommands. Help
 * texts come from the UI bundles (keys {@code loket.*} and {@code usage.*}).
 */
@Command(name = "loket", mixinStandardHelpOptions = true, version = "loket 0.1.0",
        subcommands = {OfficerCommand.class, AuditCommand.class, NikCommand.class, NamesCommand.class, DeviceCommand.class,
                DemoCommand.class, SyncCommand.class, BundleCommand.class, CallListCommand.class,
                ProvisionCommand.class})
public final class LoketCommand implements Runnable {

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "cli.option.home")
    Path home;

    @Option(names = "--lang", paramLabel = "id|en", scope = ScopeType.INHERIT, defaultValue = "id",
            descriptionKey = "cli.option.lang")
    Language lang;

    private final CliContext context;

    public LoketCommand(CliContext context) {
        this.context = context;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }

    CliContext context() {
        return context;
    }

    /** The data directory: {@code --home}, else the platform default. */
    Path dataDir() {
        return home != null ? home.toAbsolutePath() : context.defaultHome();
    }

    /** The output language. */
    String language() {
        return lang == null ? "id" : lang.name();
    }

    /** Languages the CLI speaks. */
    enum Language { id, en }
}
