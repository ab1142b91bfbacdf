package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.desktop.DataDirectory;
import id.loket.desktop.i18n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Builds and runs the {@code loket} command line. Help texts come from the UI bundle of the
 * chosen language ({@code --lang}, Bahasa Indonesia by default); an unexpected failure prints a
 * short message (details go to the log) and exits with {@link ExitCodes#ERROR}.
 */
public final class LoketCli {

    private static final Logger LOG = LoggerFactory.getLogger(LoketCli.class);

    private LoketCli() {
    }

    /** Runs the CLI on the real console, standard streams and data directory. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CliContext context = new CliContext(out, err, new PasswordReader(System.console(), in, err),
                Clock.systemDefaultZone(), CoreServices::open, DataDirectory.resolve());
        return commandLine(context, args).execute(args);
    }

    /**
     * The configured command line for these arguments (the arguments choose the help language).
     */
    public static CommandLine commandLine(CliContext context, String... args) {
        String language = language(Arrays.asList(args));
        CommandLine cli = new CommandLine(new LoketCommand(context));
        cli.setResourceBundle(I18n.bundle(Locale.of(language)));
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            LOG.error("loket command failed", failure);
            I18n texts = context.texts(language);
            commandLine.getErr().println(texts.text("cli.error.unexpected", failure.getClass().getSimpleName()));
            commandLine.getErr().flush();
            return ExitCodes.ERROR;
        });
        return cli;
    }

    /** The {@code --lang} value among the arguments, "id" when absent or unknown. */
    static String language(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if (arg.equals("--lang") && i + 1 < args.size()) {
                value = args.get(i + 1);
            } else if (arg.startsWith("--lang=")) {
                value = arg.substring("--lang=".length());
            }
            if ("en".equalsIgnoreCase(value)) {
                return "en";
            }
        }
        return "id";
    }
}
