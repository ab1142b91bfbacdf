package id.loket.devices.sbi.simulator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the simulated SBI device as its own process:
 * {@code java -jar devices/sbi/target/loket-devices-sbi-0.1.0-SNAPSHOT.jar --port 4501 --mode normal}.
 * Stops on Ctrl-C.
 */
@Command(name = "loket-sbi-simulator", mixinStandardHelpOptions = true, version = "loket-sbi-simulator 0.1.0",
        description = "Simulated MOSIP SBI 0.9.5 fingerprint device on 127.0.0.1 (for demos and tests, not for enrolment).")
public final class SbiSimulatorMain implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "4501", description = "Port in 4501-4600 (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--mode", defaultValue = "normal",
            description = "normal, low-quality, busy, not-ready, error, timeout, wrong-transaction, stale-timestamp, "
                    + "missing-quality, bad-signature (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--low-quality-captures", defaultValue = "0",
            description = "With --mode low-quality: only the first N captures are poor (0 = all).")
    int lowQualityCaptures;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated prints (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--stall-seconds", defaultValue = "60", description = "How long --mode timeout stalls a capture.")
    long stallSeconds;

    @Option(names = "--write-provider-cert", description = "Write this run's provider CA certificate (PEM) here.")
    Path providerCertFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new SbiSimulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException, CertificateEncodingException {
        SbiSimulator simulator = launch(spec.commandLine().getOut());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** Starts the simulator as the options say and reports where it listens; does not wait. */
    SbiSimulator launch(PrintWriter out) throws IOException, CertificateEncodingException {
        SimulatorMode chosen = SimulatorMode.parse(mode).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "Unknown --mode " + mode));
        SimulatorSettings settings = new SimulatorSettings(seed).stall(Duration.ofSeconds(stallSeconds));
        if (chosen == SimulatorMode.LOW_QUALITY && lowQualityCaptures > 0) {
            settings.lowQualityFor(lowQualityCaptures);
        } else {
            settings.mode(chosen);
        }
        SbiSimulator simulator = SbiSimulator.start(port, settings);
        try {
            writeProviderCertificate(simulator, out);
        } catch (IOException | CertificateEncodingException | RuntimeException e) {
            simulator.close();
            throw e;
        }
        out.println("SBI simulator (device " + simulator.serialNo() + ") listening on " + simulator.baseUri()
                + " in mode " + settings.mode().wireName() + "; POST /admin/mode to switch; Ctrl-C stops.");
        out.flush();
        return simulator;
    }

    private void writeProviderCertificate(SbiSimulator simulator, PrintWriter out)
            throws IOException, CertificateEncodingException {
        if (providerCertFile != null) {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(simulator.providerCertificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(providerCertFile, pem);
            out.println("Provider CA certificate written to " + providerCertFile);
        }
    }
}
