package id.loket.desktop.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loket device ...}: fingerprint scanner tools. */
@Command(name = "device", mixinStandardHelpOptions = true, subcommands = DeviceSimulateCommand.class)
public final class DeviceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
