package id.loket.desktop.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;

/** Runs the real {@code loket} command line in-process with captured output and piped input. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Clock clock, CliContext.StoreOpener store, Path home, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        PasswordReader passwords = new PasswordReader(null, new BufferedReader(new StringReader(stdin)), errWriter);
        CliContext context = new CliContext(outWriter, errWriter, passwords, clock, store, home);
        int code = LoketCli.commandLine(context, args).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
