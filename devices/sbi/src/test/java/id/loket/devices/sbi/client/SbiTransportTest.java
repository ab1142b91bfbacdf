package id.loket.devices.sbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import id.loket.devices.sbi.wire.SbiFinger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Misbehaving services that are not our simulator. */
class SbiTransportTest {
    private HttpServer server;
    private ExecutorService executor;
    private final SbiClient client = new SbiClient(SbiClientConfig.defaults()
            .withCheckReadyBeforeCapture(false).withCaptureGrace(Duration.ofMillis(300)), Clock.systemUTC());

    private int serve(HttpHandler handler) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        return server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void headersThenAStalledBodyStillTimesOut() throws Exception {
        int port = serve(exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write('{');
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.rcapture(port, CaptureSpec.of("1", 0, List.of(SbiFinger.LEFT_INDEX))
                .withTimeout(Duration.ofMillis(700))))
                .isInstanceOfSatisfying(SbiException.class, e -> assertThat(e.failure()).isEqualTo(SbiFailureCode.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void nonSbiServiceIsAnHttpError() throws Exception {
        int port = serve(exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });

        assertThatThrownBy(() -> client.rcapture(port, CaptureSpec.of("1", 0, List.of(SbiFinger.LEFT_INDEX))))
                .isInstanceOfSatisfying(SbiException.class, e -> assertThat(e.code()).isEqualTo("sbi.http-error"));
        assertThatThrownBy(() -> client.deviceInfo(port))
                .isInstanceOfSatisfying(SbiException.class, e -> assertThat(e.code()).isEqualTo("sbi.http-error"));
    }

    @Test
    void htmlInsteadOfJsonIsMalformed() throws Exception {
        int port = serve(exchange -> {
            byte[] html = "<html/>".getBytes();
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });

        assertThatThrownBy(() -> client.deviceInfo(port))
                .isInstanceOfSatisfying(SbiException.class, e -> assertThat(e.code()).isEqualTo("sbi.malformed-reply"));
        assertThat(client.discover(PortRange.single(port), Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void aClosedClientRefusesFurtherCalls() throws Exception {
        int port = serve(exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("[]".getBytes());
            exchange.close();
        });
        SbiClient own = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());
        assertThat(own.deviceInfo(port)).isEmpty();

        own.close();

        assertThatThrownBy(() -> own.deviceInfo(port)).isInstanceOf(SbiException.class);
    }
}
