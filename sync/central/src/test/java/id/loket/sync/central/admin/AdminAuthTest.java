package id.loket.sync.central.admin;

import id.loket.sync.central.CentralServer;
import id.loket.sync.central.support.TestCentral;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Paths;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import static id.loket.sync.central.support.DeviceClient.error;
import static org.assertj.core.api.Assertions.assertThat;

class AdminAuthTest {

    @Test
    void administratorEndpointsNeedTheRightBearerToken() throws Exception {
        try (TestCentral central = TestCentral.start()) {
            HttpResponse<byte[]> none = central.send("GET", Paths.ADMIN + "/faults", null, null);
            assertThat(none.statusCode()).isEqualTo(403);
            assertThat(error(none)).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(central.send("GET", Paths.ADMIN + "/faults", null, "wrong").statusCode()).isEqualTo(403);
            assertThat(central.send("GET", Paths.ADMIN + "/faults", null, TestCentral.ADMIN_TOKEN).statusCode())
                    .isEqualTo(200);
            assertThat(central.send("GET", Paths.ADMIN + "/records/not-a-uuid", null, TestCentral.ADMIN_TOKEN)
                    .statusCode()).isEqualTo(400);
        }
    }

    @Test
    void withoutAConfiguredTokenTheyAreOff() throws Exception {
        try (CentralServer server = new CentralServer(Clock.systemUTC()).start("127.0.0.1", 0);
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + Paths.ADMIN + "/faults"))
                            .header("Authorization", "Bearer ").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(403);
            assertThat(reply.body()).contains("forbidden", "off");
        }
    }
}
