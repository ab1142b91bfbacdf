package id.loket.desktop.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loket calllist ...}: the applicants to contact about a changed status. */
@Command(name = "calllist", mixinStandardHelpOptions = true, subcommands = {CallListExportCommand.class})
public final class CallListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
