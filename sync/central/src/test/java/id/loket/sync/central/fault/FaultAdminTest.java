package id.loket.sync.central.fault;

import com.fasterxml.jackson.databind.JsonNode;
import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Arrays;

import static id.loket.sync.central.support.DeviceClient.MAPPER;
import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;
import static id.loket.sync.central.support.Fixtures.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;

/** Faults switched and observations read over {@code /v1/admin}, as an out-of-process test would. */
class FaultAdminTest {

    @RegisterExtension
    static final CentralExtension central = new CentralExtension();



    @Test
    void faultsAreArmedListedAndClearedOverHttp() throws Exception {
        String rule = "{\"kind\":\"HTTP_503\",\"count\":2,\"retryAfterSeconds\":7,\"method\":\"get\",\"path\":\"/v1/health\"}";
        assertThat(central.get().admin("POST", Paths.ADMIN + "/faults", rule.getBytes()).statusCode()).isEqualTo(204);

        HttpResponse<byte[]> health = central.get().send("GET", Paths.HEALTH, null, null);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.headers().firstValue(Headers.RETRY_AFTER)).contains("7");
        JsonNode listed = MAPPER.readTree(ok(central.get().admin("GET", Paths.ADMIN + "/faults", null)).body());
        assertThat(listed.at("/faults/0/count").asInt()).isEqualTo(1);
        assertThat(listed.at("/faults/0/method").asText()).isEqualTo("GET");

        assertThat(central.get().admin("DELETE", Paths.ADMIN + "/faults", null).statusCode()).isEqualTo(204);
        assertThat(central.get().send("GET", Paths.HEALTH, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedFaultIsABadRequest() throws Exception {
        assertThat(central.get().admin("POST", Paths.ADMIN + "/faults", "{\"kind\":\"EXPLODE\"}".getBytes()).statusCode())
                .isEqualTo(400);
        assertThat(central.get().admin("POST", Paths.ADMIN + "/faults", "{\"count\":3}".getBytes()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void faultsNeverBlockTheAdministratorEndpoints() throws Exception {
        central.get().server.faults().add(FaultRule.http500(FaultRule.UNTIL_CLEARED));
        try {
            assertThat(central.get().send("GET", Paths.HEALTH, null, null).statusCode()).isEqualTo(500);
            assertThat(central.get().admin("GET", Paths.ADMIN + "/faults", null).statusCode()).isEqualTo(200);
        } finally {
            central.get().server.faults().clear();
        }
    }

    @Test
    void observationsShowWhereEachPatchStarted() throws Exception {
        DeviceClient device = central.get().enroll();
        byte[] data = randomBytes(3000);
        UploadState state = read(ok(device.postJson(Paths.UPLOADS, new UploadCreate(Sha256.hex(data), data.length,
                "image/jpeg"))), UploadState.class);
        ok(device.patch(Paths.upload(state.uploadId()), 0, Arrays.copyOf(data, 1000)));
        device.patch(Paths.upload(state.uploadId()), 0, Arrays.copyOf(data, 1000));
        ok(device.patch(Paths.upload(state.uploadId()), 1000, Arrays.copyOfRange(data, 1000, 3000)));

        JsonNode seen = MAPPER.readTree(ok(central.get().admin("GET", Paths.ADMIN + "/observations", null)).body());

        assertThat(seen.at("/patchOffsets/" + state.uploadId()).toString()).isEqualTo("[0,0,1000]");
        assertThat(seen.get("requests").get("PATCH " + Paths.UPLOADS + "/{id}").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(seen.at("/arrivals").isArray()).isTrue();
        assertThat(central.get().admin("DELETE", Paths.ADMIN + "/observations", null).statusCode()).isEqualTo(204);
        assertThat(central.get().server.observations().snapshot().requests()).isEmpty();
    }
}
