package id.loket.sync.agent;

import com.sun.net.httpserver.HttpServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe against a real HTTP server on loopback answering well, badly, slowly or not at all. */
class HealthProbeTest {

    private final OkHttpClient client = new OkHttpClient();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private HttpUrl serve(int status, String body, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/health", exchange -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return HttpUrl.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private Connectivity probe(HttpUrl base) {
        return new HealthProbe(client, base, Duration.ofMillis(500)).probe();
    }

    @Test
    void upReplyMeansOnline() throws IOException {
        HttpUrl base = serve(200, "{\"status\":\"UP\",\"protocolVersion\":1,\"serverTime\":\"2026-11-23T01:00:00Z\"}", 0);
        assertThat(probe(base)).isEqualTo(Connectivity.ONLINE);
    }

    @Test
    void maintenanceOrGarbageMeansDegraded() throws IOException {
        assertThat(probe(serve(503, "down for maintenance", 0))).isEqualTo(Connectivity.DEGRADED);
        stop();
        assertThat(probe(serve(200, "<html>captive portal</html>", 0))).isEqualTo(Connectivity.DEGRADED);
        stop();
        assertThat(probe(serve(200, "{\"status\":\"UP\",\"protocolVersion\":99}", 0))).isEqualTo(Connectivity.DEGRADED);
    }

    @Test
    void refusedConnectionMeansOffline() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        assertThat(probe(HttpUrl.get("http://127.0.0.1:" + freePort + "/"))).isEqualTo(Connectivity.OFFLINE);
    }

    @Test
    void aStalledCentreMeansOfflineWithinTheTimeout() throws IOException {
        HttpUrl base = serve(200, "{\"status\":\"UP\",\"protocolVersion\":1}", 3_000);
        long started = System.nanoTime();
        assertThat(probe(base)).isEqualTo(Connectivity.OFFLINE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }
}
