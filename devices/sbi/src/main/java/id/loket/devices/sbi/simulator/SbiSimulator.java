package id.loket.devices.sbi.simulator;

import com.sun.net.httpserver.HttpServer;
import id.loket.devices.sbi.wire.SbiJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A simulated SBI 0.9.5 fingerprint device service: a real HTTP server on 127.0.0.1 (the spec
 * forbids other interfaces) at a port in 4501-4600, or 0 for an ephemeral port in tests. It speaks
 * the same protocol as a vendor's service, so the desktop can be demonstrated and tested without
 * a scanner; {@link #settings()} switches its fault modes while it runs.
 */
public final class SbiSimulator implements AutoCloseable {
    public static final int FIRST_SBI_PORT = 4501;
    public static final int LAST_SBI_PORT = 4600;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SimulatedDevice device;

    private SbiSimulator(HttpServer server, ExecutorService executor, SimulatedDevice device) {
        this.server = server;
        this.executor = executor;
        this.device = device;
    }

    /** Starts on {@code port} with the system clock. */
    public static SbiSimulator start(int port, SimulatorSettings settings) throws IOException {
        return start(port, settings, Clock.systemUTC());
    }

    /**
     * Starts on {@code port} (0, or 4501-4600) and returns once it accepts connections.
     *
     * @throws IOException when the port is taken
     */
    public static SbiSimulator start(int port, SimulatorSettings settings, Clock clock) throws IOException {
        if (port != 0 && (port < FIRST_SBI_PORT || port > LAST_SBI_PORT)) {
            throw new IllegalArgumentException("SBI services listen on 4501-4600 (or 0 for tests), not " + port);
        }
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 50);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        int boundPort = server.getAddress().getPort();
        var mapper = SbiJson.newMapper();
        String serialNo = String.format("LKTSIM%06d", Math.floorMod(settings.seed(), 1_000_000L));
        DeviceIdentity identity = DeviceIdentity.generate(serialNo, clock.instant(), mapper);
        SimulatedDevice device = new SimulatedDevice(boundPort, serialNo, identity, settings, clock, mapper);
        server.createContext("/", new SbiExchangeHandler(device, boundPort));
        server.start();
        return new SbiSimulator(server, executor, device);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/}, the callbackId the device announces. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public SimulatorSettings settings() {
        return device.settings();
    }

    /** The device's serial number, also its {@code deviceCode}. */
    public String serialNo() {
        return device.serialNo();
    }

    /** This run's "device provider" CA certificate, the trust anchor for its signatures. */
    public X509Certificate providerCertificate() {
        return device.identity().providerCertificate();
    }

    /** Stops listening and interrupts captures in progress (a stalled capture ends at once). */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
