package id.loket.desktop.demo;

import id.loket.desktop.capture.fingerprint.FingerprintScanner;
import id.loket.desktop.capture.fingerprint.SbiFingerprintScanner;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.simulator.SimulatorSettings;

import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A simulated SBI fingerprint scanner running in this process, with a {@link FingerprintScanner}
 * bound to its port. The app speaks real SBI over HTTP to it, exactly as to a vendor's service;
 * only the device is pretend. Closing stops the simulator (the client belongs to the caller).
 */
public final class SimulatedScanner implements AutoCloseable {

    /** How long discovery waits for the simulator (it is local, so this is generous). */
    private static final Duration PROBE = Duration.ofMillis(500);

    private final SbiSimulator simulator;
    private final FingerprintScanner scanner;

    private SimulatedScanner(SbiSimulator simulator, SbiClient client) {
        this.simulator = simulator;
        this.scanner = new SbiFingerprintScanner(client, PortRange.single(simulator.port()), PROBE);
    }

    /**
     * Starts on the first free port of {@code ports} (4501 first for the SBI range).
     *
     * @throws IOException when every port of the range is taken
     */
    public static SimulatedScanner start(PortRange ports, SimulatorSettings settings, SbiClient client, Clock clock)
            throws IOException {
        Objects.requireNonNull(client, "client");
        for (int port = ports.first(); port <= ports.last(); port++) {
            try {
                return new SimulatedScanner(SbiSimulator.start(port, settings, clock), client);
            } catch (BindException taken) {
                // try the next port
            }
        }
        throw new BindException("no free port in " + ports.first() + "-" + ports.last());
    }

    /** Starts on an ephemeral port (tests). */
    public static SimulatedScanner onAnyPort(SimulatorSettings settings, SbiClient client, Clock clock)
            throws IOException {
        return new SimulatedScanner(SbiSimulator.start(0, settings, clock), client);
    }

    public int port() {
        return simulator.port();
    }

    /** The device's serial number (recorded with each print). */
    public String serialNo() {
        return simulator.serialNo();
    }

    /** The live fault switches (low quality, busy, timeout ...). */
    public SimulatorSettings settings() {
        return simulator.settings();
    }

    /** The scanner the fingerprint step uses. */
    public FingerprintScanner scanner() {
        return scanner;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
