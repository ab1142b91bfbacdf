package id.loket.sync.central;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class KeepSinkTest {

    @Test
    void isOffWithoutTheBenchSinks(@TempDir Path dir) throws Exception {
        try (CentralServer server = CentralServer.builder().blobDirectory(dir).build().start("127.0.0.1", 0);
             HttpClient http = HttpClient.newHttpClient()) {
            assertThat(put(http, server, "a", new byte[10]).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void keepsTheWholeBodyOnDisk(@TempDir Path dir) throws Exception {
        byte[] body = new byte[300_000];
        new Random(4).nextBytes(body);
        try (CentralServer server = CentralServer.builder().blobDirectory(dir).benchSinks(true).build().start("127.0.0.1", 0);
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Void> reply = put(http, server, "round-1", body);
            assertThat(reply.statusCode()).isEqualTo(204);
            assertThat(reply.headers().firstValue(DiscardSink.BYTES_READ)).hasValue("300000");
        }
        assertThat(Files.readAllBytes(dir.resolve("bench-keep").resolve("round-1"))).isEqualTo(body);
    }

    @Test
    void refusesANameThatCouldLeaveItsDirectory(@TempDir Path dir) throws Exception {
        try (CentralServer server = CentralServer.builder().blobDirectory(dir).benchSinks(true).build().start("127.0.0.1", 0);
             HttpClient http = HttpClient.newHttpClient()) {
            assertThat(put(http, server, "..%2Fsecret", new byte[10]).statusCode()).isIn(400, 404);
            assertThat(put(http, server, "Upper", new byte[10]).statusCode()).isEqualTo(400);
        }
        assertThat(dir.resolve("secret")).doesNotExist();
    }

    private static HttpResponse<Void> put(HttpClient http, CentralServer server, String name, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/bench/keep/" + name))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
