package id.loket.sync.central;

import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.HealthReply;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CentralServerTest {

    @Test
    void answersTheHealthProbeOverRealHttp() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);
        try (CentralServer server = new CentralServer(clock).start("127.0.0.1", 0);
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> reply = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            HealthReply health = CanonicalJson.newMapper().readValue(reply.body(), HealthReply.class);
            assertThat(health.up()).isTrue();
            assertThat(health.protocolVersion()).isEqualTo(1);
            assertThat(health.serverTime()).isEqualTo(clock.instant());
        }
    }
}
