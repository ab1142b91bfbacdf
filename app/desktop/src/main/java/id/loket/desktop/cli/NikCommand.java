package id.loket.desktop.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loket nik ...}: NIK tools that need no store. */
@Command(name = "nik", mixinStandardHelpOptions = true, subcommands = NikCheckCommand.class)
public final class NikCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
