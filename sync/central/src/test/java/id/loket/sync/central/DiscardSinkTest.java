package id.loket.sync.central;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class DiscardSinkTest {

    @Test
    void isOffByDefault() throws Exception {
        try (CentralServer server = CentralServer.builder().build().start("127.0.0.1", 0);
             HttpClient http = HttpClient.newHttpClient()) {
            assertThat(put(http, server, new byte[10]).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void whenSwitchedOnReadsTheWholeBodyAndKeepsNothing() throws Exception {
        try (CentralServer server = CentralServer.builder().benchSinks(true).build().start("127.0.0.1", 0);
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Void> reply = put(http, server, new byte[300_000]);
            assertThat(reply.statusCode()).isEqualTo(204);
            assertThat(reply.headers().firstValue(DiscardSink.BYTES_READ)).hasValue("300000");
        }
    }

    private static HttpResponse<Void> put(HttpClient http, CentralServer server, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/bench/discard/a"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
