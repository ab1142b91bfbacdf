package id.loket.desktop.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loket officer ...}: managing officer accounts. */
@Command(name = "officer", mixinStandardHelpOptions = true, subcommands = OfficerAddCommand.class)
public final class OfficerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
