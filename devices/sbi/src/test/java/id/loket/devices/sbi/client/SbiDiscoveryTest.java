package id.loket.devices.sbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.testing.Simulators;
import id.loket.devices.sbi.wire.DeviceInfo;
import id.loket.devices.sbi.wire.DeviceStatus;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SbiDiscoveryTest {
    private SbiSimulator simulator;
    private HttpServer otherService;
    private final SbiClient client = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());

    @BeforeEach
    void start() throws Exception {
        simulator = Simulators.inSbiRange();
        otherService = plainHttpServerInRange();
    }

    @AfterEach
    void stop() {
        simulator.close();
        if (otherService != null) {
            otherService.stop(0);
        }
    }

    /** Something else listening in the range that is not an SBI service. */
    private static HttpServer plainHttpServerInRange() throws Exception {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        for (int port = 4501; port <= 4600; port++) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
                server.createContext("/", exchange -> {
                    byte[] html = "<html>not a scanner</html>".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(404, html.length);
                    exchange.getResponseBody().write(html);
                    exchange.close();
                });
                server.start();
                return server;
            } catch (BindException taken) {
                // next
            }
        }
        return null;
    }

    @Test
    void findsTheSimulatorInThePortRangeAndSkipsEverythingElseQuickly() {
        long started = System.nanoTime();
        List<SbiDevice> found = client.discover(PortRange.SBI, Duration.ofMillis(400));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("probing 100 ports").isLessThan(Duration.ofSeconds(2));
        assertThat(found).filteredOn(d -> d.port() == simulator.port()).singleElement().satisfies(d -> {
            assertThat(d.deviceId()).isEqualTo("1");
            assertThat(d.status()).isEqualTo(DeviceStatus.READY);
            assertThat(d.identity()).hasValueSatisfying(id -> {
                assertThat(id.isFinger()).isTrue();
                assertThat(id.serialNo()).isEqualTo(simulator.serialNo());
            });
            assertThat(d.announced().callbackId()).isEqualTo("http://127.0.0.1:" + simulator.port() + "/");
        });
        if (otherService != null) {
            assertThat(found).noneMatch(d -> d.port() == otherService.getAddress().getPort());
        }
    }

    @Test
    void aSlowPortIsGivenUpAfterItsTimeout() throws Exception {
        HttpServer silent = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        silent.createContext("/", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        silent.setExecutor(executor);
        silent.start();
        try {
            long started = System.nanoTime();
            List<SbiDevice> found = client.discover(PortRange.single(silent.getAddress().getPort()), Duration.ofMillis(300));
            assertThat(found).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        } finally {
            silent.stop(0);
            executor.shutdownNow();
        }
    }

    @Test
    void deviceInfoIsDecodedAndItsSignatureChecked() throws Exception {
        List<DeviceInfo> infos = client.deviceInfo(simulator.port());

        assertThat(infos).singleElement().satisfies(info -> {
            assertThat(info.deviceId()).isEqualTo("1");
            assertThat(info.status()).isEqualTo(DeviceStatus.READY);
            assertThat(info.purpose()).isEqualTo("Registration");
            assertThat(info.deviceSubId()).containsExactly("1", "2", "3");
            assertThat(info.deviceCode()).isEqualTo(simulator.serialNo());
            assertThat(info.specVersion()).contains("0.9.5");
        });
    }

    @Test
    void deviceInfoOnAClosedPortIsNoService() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            closed = socket.getLocalPort();
        }
        int port = closed;
        assertThatThrownBy(() -> client.deviceInfo(port))
                .isInstanceOfSatisfying(SbiException.class, e -> assertThat(e.code()).isEqualTo("sbi.no-service"));
    }
}
