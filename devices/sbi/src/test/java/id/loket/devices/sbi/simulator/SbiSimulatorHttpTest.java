package id.loket.devices.sbi.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.devices.sbi.jws.CompactJws;
import id.loket.devices.sbi.testing.Simulators;
import id.loket.devices.sbi.wire.SbiJson;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator over raw HTTP: SBI's custom methods reach it and the replies have the spec's shapes. */
class SbiSimulatorHttpTest {
    private final ObjectMapper mapper = SbiJson.newMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private SbiSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        simulator = Simulators.onEphemeralPort();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void mosipdiscAnswersWithTheSpecArrayAndHeaders() throws Exception {
        HttpResponse<String> response = call("MOSIPDISC", "/device", "{\"type\":\"Finger\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode device = mapper.readTree(response.body()).get(0);
        assertThat(device.path("deviceId").asText()).isEqualTo("1");
        assertThat(device.path("deviceStatus").asText()).isEqualTo("Ready");
        assertThat(device.path("purpose").asText()).isEqualTo("Registration");
        assertThat(device.path("certification").asText()).isEqualTo("L0");
        assertThat(device.path("callbackId").asText()).isEqualTo(simulator.baseUri().toString());
        assertThat(device.path("deviceCode").asText()).isEqualTo(simulator.serialNo()).hasSize(12);
        assertThat(device.path("specVersion").get(0).asText()).isEqualTo("0.9.5");
        assertThat(device.path("error").path("errorCode").asText()).isEqualTo("0");
        JsonNode digitalId = mapper.readTree(CompactJws.parse(device.path("digitalId").asText(), mapper).payload());
        assertThat(digitalId.path("type").asText()).isEqualTo("Finger");
        assertThat(digitalId.path("deviceSubType").asText()).isEqualTo("Slap");
    }

    @Test
    void discoveryForAnotherModalityIsAnEmptyArray() throws Exception {
        assertThat(call("MOSIPDISC", "/device", "{\"type\":\"Iris\"}").body()).isEqualTo("[]");
        assertThat(mapper.readTree(call("MOSIPDISC", "/device", "{\"type\":\"Biometric Device\"}").body()).size())
                .isEqualTo(1);
    }

    @Test
    void mosipdinfoIsSignedWithTheDeviceKey() throws Exception {
        JsonNode envelope = mapper.readTree(call("MOSIPDINFO", "/info", "").body()).get(0);

        CompactJws info = CompactJws.parse(envelope.path("deviceInfo").asText(), mapper);
        assertThat(info.signed()).isTrue();
        assertThat(info.certificates().getFirst().getIssuerX500Principal())
                .isEqualTo(simulator.providerCertificate().getSubjectX500Principal());
        assertThat(info.verify(info.certificates().getFirst().getPublicKey())).isTrue();
        JsonNode payload = mapper.readTree(info.payload());
        assertThat(payload.path("deviceStatus").asText()).isEqualTo("Ready");
        assertThat(payload.path("env").asText()).isEqualTo("Developer");
        assertThat(CompactJws.parse(payload.path("digitalId").asText(), mapper).signed()).isTrue();
    }

    @Test
    void busyModeShowsInStatusAndErrorCode() throws Exception {
        simulator.settings().mode(SimulatorMode.BUSY);

        JsonNode device = mapper.readTree(call("MOSIPDISC", "/device", "{\"type\":\"Finger\"}").body()).get(0);

        assertThat(device.path("deviceStatus").asText()).isEqualTo("Busy");
        assertThat(device.path("error").path("errorCode").asText()).isEqualTo("111");
    }

    @Test
    void authCaptureIsRefusedWithACustomCode() throws Exception {
        JsonNode entry = mapper.readTree(call("CAPTURE", "/capture", "{}").body()).path("biometrics").get(0);

        assertThat(entry.path("error").path("errorCode").asText()).isEqualTo("501");
        assertThat(entry.path("data").asText()).isEmpty();
    }

    @Test
    void rcaptureWithBadJsonOrBadTransactionIdIsRefused() throws Exception {
        JsonNode bad = mapper.readTree(call("RCAPTURE", "/capture", "not json").body());
        assertThat(bad.path("biometrics").get(0).path("error").path("errorCode").asText()).isEqualTo("502");

        String request = """
                {"env":"Developer","purpose":"Registration","specVersion":"0.9.5","timeout":"5000",
                 "captureTime":"2026-11-23T10:00:00Z","transactionId":"a b",
                 "bio":[{"type":"Finger","count":"1","bioSubType":["Left Thumb"],"exception":[],
                         "requestedScore":"60","deviceId":"1","deviceSubId":"3","previousHash":""}]}""";
        JsonNode refused = mapper.readTree(call("RCAPTURE", "/capture", request).body());
        assertThat(refused.path("biometrics").get(0).path("error").path("errorCode").asText()).isEqualTo("112");
    }

    @Test
    void unknownMethodsGet405() throws Exception {
        assertThat(call("DELETE", "/capture", "").statusCode()).isEqualTo(405);
    }

    @Test
    void adminApiSwitchesModeAtRunTime() throws Exception {
        HttpResponse<String> set = call("POST", "/admin/mode", "{\"mode\":\"low-quality\",\"lowQualityCaptures\":2}");

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(simulator.settings().mode()).isEqualTo(SimulatorMode.LOW_QUALITY);
        assertThat(simulator.settings().lowQualityRemaining()).isEqualTo(2);
        assertThat(mapper.readTree(call("GET", "/admin/mode", "").body()).path("mode").asText()).isEqualTo("low-quality");
        assertThat(call("POST", "/admin/mode", "{\"mode\":\"sleepy\"}").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/admin/mode", "{\"mode\":\"timeout\",\"stallMillis\":1500}").statusCode()).isEqualTo(200);
        assertThat(simulator.settings().stall()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void streamSendsMultipartJpegFrames() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port() + "/stream"))
                .method("STREAM", HttpRequest.BodyPublishers.ofString("{\"deviceId\":\"1\",\"deviceSubId\":\"1\",\"timeout\":\"600\"}"))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.headers().firstValue("Content-Type")).contains("multipart/x-mixed-replace; boundary=--BoundaryString");
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertThat(body).startsWith("--BoundaryString\r\nContent-Type:image/jpeg\r\nContent-Length:");
        assertThat(body.split("--BoundaryString", -1).length - 1).as("frames in 600 ms at 5 fps").isBetween(2, 5);
    }

    @Test
    void streamForAnUnknownDeviceIsError202() throws Exception {
        JsonNode reply = mapper.readTree(call("STREAM", "/stream", "{\"deviceId\":\"9\",\"deviceSubId\":\"1\"}").body());

        assertThat(reply.path("error").path("errorCode").asText()).isEqualTo("202");
    }

    @Test
    void onlyLoopbackAndSbiPortsAreAccepted() {
        assertThatThrownBy(() -> SbiSimulator.start(8080, Simulators.quickSettings()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(simulator.baseUri().getHost()).isEqualTo("127.0.0.1");
    }
}
