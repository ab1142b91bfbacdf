package id.loket.desktop.cli;

import id.loket.desktop.i18n.I18n;
import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.simulator.SimulatorMode;
import id.loket.devices.sbi.simulator.SimulatorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.BindException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code loket device simulate --port 4501}: runs the simulated SBI fingerprint scanner (the same
 * one {@code java -jar devices/sbi/target/loket-devices-sbi-*.jar} starts) in the foreground until
 * Ctrl-C, so a demo or a test of another Loket process has a device to talk to.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true)
public final class DeviceSimulateCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "4501", descriptionKey = "cli.option.port")
    int port;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "normal", descriptionKey = "cli.option.mode")
    String mode;

    @Option(names = "--low-quality-captures", paramLabel = "N", defaultValue = "0",
            descriptionKey = "cli.option.lowQualityCaptures")
    int lowQualityCaptures;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", descriptionKey = "cli.option.seed")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        Optional<SimulatorMode> chosen = SimulatorMode.parse(mode);
        if (chosen.isEmpty()) {
            context.err().println(texts.text("cli.device.badMode", mode));
            context.err().flush();
            return ExitCodes.USAGE;
        }
        SimulatorSettings settings = new SimulatorSettings(seed);
        if (chosen.get() == SimulatorMode.LOW_QUALITY && lowQualityCaptures > 0) {
            settings.lowQualityFor(lowQualityCaptures);
        } else {
            settings.mode(chosen.get());
        }
        SbiSimulator simulator;
        try {
            simulator = SbiSimulator.start(port, settings, context.clock());
        } catch (BindException taken) {
            context.err().println(texts.text("cli.device.portTaken", port));
            context.err().flush();
            return ExitCodes.ERROR;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "loket-simulator-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            context.out().println(texts.text("cli.device.listening", simulator.serialNo(), simulator.baseUri(),
                    settings.mode().wireName()));
            context.out().flush();
            stop.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            simulator.close();
            removeHook(hook);
        }
        return ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting (Ctrl-C): the hook has run
        }
    }
}
