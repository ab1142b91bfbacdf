package id.loket.sync.central.fault;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The proxy's throttle holds a 2 Mbit/s link within 10 % in both directions. */
class ThrottleTest {

    private static final long RATE = 2_000_000;
    private static final int BYTES = 300_000;

    @Test
    void theRequestDirectionRunsAtTheThrottledRate() throws Exception {
        try (ServerSocket sink = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             FaultProxy proxy = FaultProxy.start("127.0.0.1", 0, "127.0.0.1", sink.getLocalPort())) {
            proxy.throttle(RATE);
            CompletableFuture<Long> received = CompletableFuture.supplyAsync(() -> drain(sink));
            long start;
            try (Socket client = new Socket("127.0.0.1", proxy.port())) {
                start = System.nanoTime();
                client.getOutputStream().write(new byte[BYTES]);
                client.shutdownOutput();
                assertThat(received.get()).isEqualTo(BYTES);
            }
            assertRate(System.nanoTime() - start);
        }
    }

    @Test
    void theResponseDirectionRunsAtTheThrottledRate() throws Exception {
        try (ServerSocket source = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             FaultProxy proxy = FaultProxy.start("127.0.0.1", 0, "127.0.0.1", source.getLocalPort())) {
            proxy.throttle(RATE);
            CompletableFuture.runAsync(() -> send(source));
            try (Socket client = new Socket("127.0.0.1", proxy.port())) {
                InputStream in = client.getInputStream();
                int first = in.read();
                long start = System.nanoTime();
                long total = first < 0 ? 0 : 1 + in.transferTo(OutputStream.nullOutputStream());
                long elapsed = System.nanoTime() - start;
                assertThat(total).isEqualTo(BYTES);
                // the first slice arrived at "start": the rest took (BYTES - slice) bytes of link time
                int slice = (int) (RATE / 8 / 50);
                double rate = (BYTES - slice) * 8 / (elapsed / 1e9);
                System.out.printf("response direction: %.0f bit/s for %d bit/s%n", rate, RATE);
                assertThat(rate).isCloseTo(RATE, within(RATE * 0.10));
            }
        }
    }

    private static void assertRate(long elapsedNanos) {
        double rate = BYTES * 8 / (elapsedNanos / 1e9);
        System.out.printf("request direction: %.0f bit/s for %d bit/s%n", rate, RATE);
        assertThat(rate).isCloseTo(RATE, within(RATE * 0.10));
    }

    private static long drain(ServerSocket sink) {
        try (Socket s = sink.accept()) {
            return s.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(ServerSocket source) {
        try (Socket s = source.accept()) {
            s.getOutputStream().write(new byte[BYTES]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
