package id.loket.devices.sbi.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SbiWireJsonTest {
    private final ObjectMapper mapper = SbiJson.newMapper();

    @Test
    void captureRequestUsesSpecNamesAndSendsNumbersAsStrings() throws Exception {
        CaptureRequest request = new CaptureRequest("Production", "Registration", "0.9.5", 10000,
                "2026-11-23T10:00:00Z", "tx-0001",
                List.of(new BioRequest("Finger", 2, List.of("Left IndexFinger", "Right IndexFinger"), List.of(),
                        60, "1", "0", "")), Map.of("k", "v"));

        JsonNode json = mapper.readTree(mapper.writeValueAsBytes(request));

        assertThat(json.path("timeout").isTextual()).isTrue();
        assertThat(json.path("timeout").asText()).isEqualTo("10000");
        assertThat(json.path("transactionId").asText()).isEqualTo("tx-0001");
        JsonNode bio = json.path("bio").get(0);
        assertThat(bio.path("type").asText()).isEqualTo("Finger");
        assertThat(bio.path("count").asText()).isEqualTo("2");
        assertThat(bio.path("requestedScore").asText()).isEqualTo("60");
        assertThat(bio.path("bioSubType").get(0).asText()).isEqualTo("Left IndexFinger");
        assertThat(bio.path("exception").isArray()).isTrue();
        assertThat(bio.path("previousHash").asText()).isEmpty();
        assertThat(json.path("customOpts").path("k").asText()).isEqualTo("v");
    }

    @Test
    void readsNumericFieldsWhetherSentAsNumbersOrStrings() throws Exception {
        String json = """
                {"env":"Developer","purpose":"Registration","specVersion":"0.9.5","timeout":"5000",
                 "captureTime":"2026-11-23T10:00:00Z","transactionId":"abcd",
                 "bio":[{"type":"Finger","count":4,"bioSubType":[],"exception":["Left Thumb"],
                         "requestedScore":"70","deviceId":"1","deviceSubId":1,"previousHash":""}],
                 "customOpts":null}""";

        CaptureRequest request = mapper.readValue(json, CaptureRequest.class);

        assertThat(request.timeout()).isEqualTo(5000);
        assertThat(request.bio().getFirst().count()).isEqualTo(4);
        assertThat(request.bio().getFirst().requestedScore()).isEqualTo(70);
        assertThat(request.bio().getFirst().deviceSubId()).isEqualTo("1");
        assertThat(request.customOpts()).isEmpty();
    }

    @Test
    void readsBothSpellingsOfTheErrorObjectAndSingleValuedArrays() throws Exception {
        String json = """
                [{"deviceId":"7","deviceStatus":"Not Ready","deviceSubId":"1","specVersion":"0.9.5",
                  "error":{"errorcode":"110","errorinfo":"Device is not ready"}, "vendorExtra":true}]""";

        DiscoveredDevice device = mapper.readValue(json, DiscoveredDevice[].class)[0];

        assertThat(device.error().errorCode()).isEqualTo("110");
        assertThat(device.error().isSuccess()).isFalse();
        assertThat(device.status()).isEqualTo(DeviceStatus.NOT_READY);
        assertThat(device.deviceSubId()).containsExactly("1");
        assertThat(device.specVersion()).containsExactly("0.9.5");
        assertThat(mapper.writeValueAsString(SbiError.success())).isEqualTo("{\"errorCode\":\"0\",\"errorInfo\":\"Success\"}");
    }

    @Test
    void qualityScoresAreReadFromNumbersAndStrings() throws Exception {
        BiometricData fromNumber = mapper.readValue("{\"qualityScore\":81.5,\"requestedScore\":60}", BiometricData.class);
        BiometricData fromString = mapper.readValue("{\"qualityScore\":\"81\"}", BiometricData.class);

        assertThat(fromNumber.qualityScore()).isEqualTo("81.5");
        assertThat(fromNumber.requestedScore()).isEqualTo("60");
        assertThat(fromString.qualityScore()).isEqualTo("81");
    }

    @Test
    void digitalIdSerialisesOnlyTheSpecFields() throws Exception {
        DigitalId id = new DigitalId("LKTSIM000001", "Loket", "SIM", "Finger", "Slap", "P", "PID", "2026-11-23T10:00:00Z");

        JsonNode json = mapper.readTree(mapper.writeValueAsBytes(id));

        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("serialNo", "make", "model", "type",
                "deviceSubType", "deviceProvider", "deviceProviderId", "dateTime");
        assertThat(id.isFinger()).isTrue();
        assertThat(new DigitalId(null, null, null, "Fingerprint", null, null, null, null).isFinger()).isTrue();
        assertThat(new DigitalId(null, null, null, "Iris", null, null, null, null).isFinger()).isFalse();
    }

    @Test
    void imageDataNeverAppearsInToString() {
        String bioValue = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB";
        BiometricData data = new BiometricData("d", "c", "0.9.5", "Finger", "Left Thumb", "Registration",
                "Developer", bioValue, "tx", "2026-11-23T10:00:00Z", "60", "80");
        BiometricEntry entry = new BiometricEntry("0.9.5", "header." + bioValue + ".sig", "ABC", SbiError.success());

        assertThat(data.toString()).doesNotContain(bioValue).contains("redacted").contains("Left Thumb");
        assertThat(entry.toString()).doesNotContain(bioValue).contains("redacted");
    }

    @Test
    void fingerWireNamesMatchTheSpec() {
        assertThat(SbiFinger.fromWireName("Left IndexFinger")).contains(SbiFinger.LEFT_INDEX);
        assertThat(SbiFinger.fromWireName("Right Thumb")).contains(SbiFinger.RIGHT_THUMB);
        assertThat(SbiFinger.fromWireName("left indexfinger")).isEmpty();
        assertThat(SbiFinger.RIGHT_LITTLE.slapSubId()).isEqualTo(2);
        assertThat(SbiFinger.LEFT_THUMB.slapSubId()).isEqualTo(3);
        assertThat(DeviceStatus.fromWireName("not registered")).isEqualTo(DeviceStatus.NOT_REGISTERED);
        assertThat(DeviceStatus.fromWireName("Sleeping")).isEqualTo(DeviceStatus.UNKNOWN);
    }

    @Test
    void captureHashChainsFromTheHashOfTheEmptyString() throws Exception {
        byte[] first = {1, 2, 3};
        byte[] second = {4, 5};
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        byte[] emptyHash = sha.digest(new byte[0]);
        byte[] firstHash = sha.digest(first);
        byte[] joined = new byte[64];
        System.arraycopy(emptyHash, 0, joined, 0, 32);
        System.arraycopy(firstHash, 0, joined, 32, 32);
        String expectedFirst = java.util.HexFormat.of().withUpperCase().formatHex(sha.digest(joined));

        String h1 = CaptureHash.next("", first);

        assertThat(h1).isEqualTo(expectedFirst);
        assertThat(CaptureHash.next(null, first)).isEqualTo(h1);
        assertThat(CaptureHash.next(h1.toLowerCase(), second)).isEqualTo(CaptureHash.next(h1, second))
                .isNotEqualTo(CaptureHash.next("", second));
    }
}
