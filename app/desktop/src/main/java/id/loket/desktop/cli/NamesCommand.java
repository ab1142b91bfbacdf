package id.loket.desktop.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loket names ...}: the Indonesian name matcher and the name search of the store. */
@Command(name = "names", mixinStandardHelpOptions = true,
        subcommands = {NamesCompareCommand.class, NamesSearchCommand.class})
public final class NamesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
