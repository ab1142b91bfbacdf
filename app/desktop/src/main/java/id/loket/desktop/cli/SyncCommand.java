package id.loket.desktop.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loket sync ...}: enrolling with the centre and delivering captured applications to it. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        subcommands = {SyncEnrollCommand.class, SyncRunCommand.class, SyncStatusCommand.class})
public final class SyncCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
