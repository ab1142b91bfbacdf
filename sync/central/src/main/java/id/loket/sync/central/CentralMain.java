package id.loket.sync.central;

import id.loket.sync.central.cli.AppointmentsCommand;
import id.loket.sync.central.cli.BundleCommand;
import id.loket.sync.central.cli.DecideCommand;
import id.loket.sync.central.cli.ProxyCommand;
import id.loket.sync.central.cli.RevokeCommand;
import id.loket.sync.central.cli.ServeCommand;
import id.loket.sync.central.cli.TokenCommand;
import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.store.StoreException;
import io.javalin.util.JavalinBindException;
import picocli.CommandLine;

import java.io.IOException;
import picocli.CommandLine.Command;

/**
 * {@code loket-central}: the reference central server and its operator commands. Exit codes:
 * 0 done, 1 refused (bad input, unknown record), 2 bad command line.
 */
@Command(name = "loket-central", mixinStandardHelpOptions = true,
        description = "Loket reference central server (receiving end of the sync protocol).",
        subcommands = {ServeCommand.class, TokenCommand.class, DecideCommand.class, AppointmentsCommand.class,
                ProxyCommand.class, BundleCommand.class, RevokeCommand.class})
public final class CentralMain {

    public static final int REFUSED = 1;

    private CentralMain() {
    }

    /** The command line with its error handling, for {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CentralMain());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof ApiException || e instanceof StoreException
                    || e instanceof JavalinBindException) {
                line.getErr().println("loket-central: " + e.getMessage());
                return REFUSED;
            }
            if (e instanceof IOException) {
                line.getErr().println("loket-central: cannot read " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
                return REFUSED;
            }
            throw e;
        });
        return cli;
    }

    /**
     * The centre's logging configuration, named apart: the desktop's demo mode has this jar on its
     * class path, where a second logback.xml would make logback warn at every start.
     */
    static final String LOGBACK_CONFIGURATION = "loket-central-logback.xml";

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIGURATION);
        }
        int code = commandLine().execute(args.length == 0 ? new String[] {"--help"} : args);
        if (args.length == 0 || !"serve".equals(args[0]) && !"proxy".equals(args[0]) || code != 0) {
            System.exit(code);
        }
    }
}
