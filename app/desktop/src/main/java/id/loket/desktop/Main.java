package id.loket.desktop;

import id.loket.desktop.cli.LoketCli;
import id.loket.desktop.demo.DemoMode;

import java.nio.file.Path;

/**
 * Entry point of the one jar: no arguments opens the counter window ({@code --demo} alone opens it
 * in demo mode with a simulated fingerprint scanner), any other argument runs the
 * {@code loket} command line. It deliberately does not extend {@link javafx.application.Application}: JavaFX runs
 * from the class path, and a launcher class that is not an Application avoids the module check.
 */
public final class Main {

    /** System property the logback configuration reads to put the log files in the data directory. */
    public static final String LOG_DIR_PROPERTY = id.loket.desktop.logging.LogSetup.LOG_DIR_PROPERTY;

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logDirectory(args).toString());
        }
        if (DemoMode.onlyFlag(args)) {
            System.setProperty(DemoMode.PROPERTY, "true");
        }
        if (args.length == 0 || DemoMode.onlyFlag(args)) {
            StoreOpening.beginEarly();
            javafx.application.Application.launch(LoketApplication.class);
        } else {
            System.exit(LoketCli.run(args));
        }
    }

    /** The log directory: {@code logs} under {@code --home DIR} when given, else under the data directory. */
    static Path logDirectory(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                return Path.of(args[i + 1]).toAbsolutePath().resolve("logs");
            }
            if (args[i].startsWith("--home=")) {
                return Path.of(args[i].substring("--home=".length())).toAbsolutePath().resolve("logs");
            }
        }
        return DataDirectory.resolve().resolve("logs");
    }
}
