package id.loket.sync.central.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loket-central bundle ...}: the manual fallback, bundles carried from devices on a USB stick. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Bundles carried from devices when the link is down.",
        subcommands = {BundleImportCommand.class})
public final class BundleCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
