package id.loket.desktop.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loket bundle ...}: the manual fallback, captured work carried to the centre on a USB stick. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        subcommands = {BundleExportCommand.class, BundleReceiptCommand.class})
public final class BundleCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
