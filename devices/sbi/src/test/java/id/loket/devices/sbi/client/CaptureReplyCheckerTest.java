package id.loket.devices.sbi.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.devices.sbi.jws.Base64Url;
import id.loket.devices.sbi.jws.JwsSigner;
import id.loket.devices.sbi.simulator.DeviceIdentity;
import id.loket.devices.sbi.wire.BiometricData;
import id.loket.devices.sbi.wire.BiometricEntry;
import id.loket.devices.sbi.wire.CaptureHash;
import id.loket.devices.sbi.wire.CaptureResponse;
import id.loket.devices.sbi.wire.SbiError;
import id.loket.devices.sbi.wire.SbiFinger;
import id.loket.devices.sbi.wire.SbiJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-made replies for the checks the simulator's modes do not reach. */
class CaptureReplyCheckerTest {
    private static final ObjectMapper MAPPER = SbiJson.newMapper();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final byte[] IMAGE_A = "\u0089PNG-first-image".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] IMAGE_B = "\u0089PNG-second-image".getBytes(StandardCharsets.ISO_8859_1);
    private static DeviceIdentity identity;

    private final CaptureReplyChecker checker =
            new CaptureReplyChecker(SbiClientConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC), MAPPER);
    private final CaptureSpec spec = CaptureSpec.of("1", 0, List.of(SbiFinger.LEFT_INDEX, SbiFinger.RIGHT_INDEX))
            .withTransactionId("tx-1234");

    @BeforeAll
    static void keys() {
        identity = DeviceIdentity.generate("LKTSIM000009", NOW, MAPPER);
    }

    private static BiometricData data(SbiFinger finger, byte[] image) {
        return new BiometricData(identity.signer().signJson(java.util.Map.of("serialNo", "LKTSIM000009", "type", "Finger")),
                "LKTSIM000009", "0.9.5", "Finger", finger.wireName(), "Registration", "Production",
                Base64Url.encode(image), "tx-1234", "2026-11-23T10:00:05Z", "60", "80");
    }

    /** A well-formed two-finger reply, with {@code change} applied to each data block before signing. */
    private static byte[] reply(UnaryOperator<BiometricData> change) throws Exception {
        List<BiometricEntry> entries = new ArrayList<>();
        String previous = "";
        for (var pair : List.of(java.util.Map.entry(SbiFinger.LEFT_INDEX, IMAGE_A),
                java.util.Map.entry(SbiFinger.RIGHT_INDEX, IMAGE_B))) {
            String hash = CaptureHash.next(previous, pair.getValue());
            entries.add(new BiometricEntry("0.9.5", identity.signer().signJson(change.apply(data(pair.getKey(), pair.getValue()))),
                    hash, SbiError.success()));
            previous = hash;
        }
        return MAPPER.writeValueAsBytes(new CaptureResponse(entries));
    }

    private String failureOf(byte[] body) {
        try {
            checker.check(spec, body);
            return "passed";
        } catch (SbiException e) {
            return e.code();
        }
    }

    private static BiometricData withQuality(BiometricData d, String quality) {
        return new BiometricData(d.digitalId(), d.deviceCode(), d.deviceServiceVersion(), d.bioType(), d.bioSubType(),
                d.purpose(), d.env(), d.bioValue(), d.transactionId(), d.timestamp(), d.requestedScore(), quality);
    }

    @Test
    void aWellFormedReplyPasses() throws Exception {
        CaptureResult result = checker.check(spec, reply(d -> d));

        assertThat(result.fingers()).hasSize(2);
        assertThat(result.fingers().getFirst().image()).isEqualTo(IMAGE_A);
        assertThat(result.fingers().getFirst().deviceTimestamp()).isEqualTo(Instant.parse("2026-11-23T10:00:05Z"));
        assertThat(result.digitalId().serialNo()).isEqualTo("LKTSIM000009");
    }

    @Test
    void qualityMustBeANumberFrom0To100() throws Exception {
        assertThat(failureOf(reply(d -> withQuality(d, "150")))).isEqualTo("sbi.quality-invalid");
        assertThat(failureOf(reply(d -> withQuality(d, "-1")))).isEqualTo("sbi.quality-invalid");
        assertThat(failureOf(reply(d -> withQuality(d, "good")))).isEqualTo("sbi.quality-invalid");
        assertThat(failureOf(reply(d -> withQuality(d, "")))).isEqualTo("sbi.quality-missing");
        assertThat(failureOf(reply(d -> withQuality(d, "72.5")))).isEqualTo("passed");
    }

    @Test
    void timestampMustBeIsoAndNearOurClock() throws Exception {
        assertThat(failureOf(reply(d -> stamp(d, "yesterday")))).isEqualTo("sbi.timestamp-invalid");
        assertThat(failureOf(reply(d -> stamp(d, null)))).isEqualTo("sbi.timestamp-invalid");
        assertThat(failureOf(reply(d -> stamp(d, "2026-11-23T09:54:00Z")))).isEqualTo("sbi.stale-timestamp");
        assertThat(failureOf(reply(d -> stamp(d, "2026-11-23T10:06:00Z")))).isEqualTo("sbi.stale-timestamp");
        assertThat(failureOf(reply(d -> stamp(d, "2026-11-23T15:30:00.086+05:30")))).isEqualTo("passed");
    }

    private static BiometricData stamp(BiometricData d, String timestamp) {
        return new BiometricData(d.digitalId(), d.deviceCode(), d.deviceServiceVersion(), d.bioType(), d.bioSubType(),
                d.purpose(), d.env(), d.bioValue(), d.transactionId(), timestamp, d.requestedScore(), d.qualityScore());
    }

    @Test
    void bioValueMustDecode() throws Exception {
        assertThat(failureOf(reply(d -> new BiometricData(d.digitalId(), d.deviceCode(), d.deviceServiceVersion(),
                d.bioType(), d.bioSubType(), d.purpose(), d.env(), "***not base64***", d.transactionId(), d.timestamp(),
                d.requestedScore(), d.qualityScore())))).isEqualTo("sbi.bio-value-invalid");
    }

    @Test
    void wrongModalityOrUnrequestedFingerIsUnexpected() throws Exception {
        assertThat(failureOf(reply(d -> new BiometricData(d.digitalId(), d.deviceCode(), d.deviceServiceVersion(),
                "Iris", d.bioSubType(), d.purpose(), d.env(), d.bioValue(), d.transactionId(), d.timestamp(),
                d.requestedScore(), d.qualityScore())))).isEqualTo("sbi.unexpected-biometric");
        assertThat(failureOf(reply(d -> new BiometricData(d.digitalId(), d.deviceCode(), d.deviceServiceVersion(),
                d.bioType(), "Left Thumb", d.purpose(), d.env(), d.bioValue(), d.transactionId(), d.timestamp(),
                d.requestedScore(), d.qualityScore())))).isEqualTo("sbi.unexpected-biometric");
    }

    @Test
    void aMissingRequestedFingerIsUnexpected() throws Exception {
        CaptureResponse full = MAPPER.readValue(reply(d -> d), CaptureResponse.class);
        byte[] onlyFirst = MAPPER.writeValueAsBytes(new CaptureResponse(full.biometrics().subList(0, 1)));

        assertThat(failureOf(onlyFirst)).isEqualTo("sbi.unexpected-biometric");
    }

    @Test
    void blocksInAnotherOrderBreakTheHashChain() throws Exception {
        CaptureResponse full = MAPPER.readValue(reply(d -> d), CaptureResponse.class);
        byte[] swapped = MAPPER.writeValueAsBytes(new CaptureResponse(
                List.of(full.biometrics().get(1), full.biometrics().get(0))));

        assertThat(failureOf(swapped)).isEqualTo("sbi.hash-mismatch");
    }

    @Test
    void unsignedDataIsRefused() throws Exception {
        String unsigned = JwsSigner.unsigned(MAPPER.writeValueAsBytes(data(SbiFinger.LEFT_INDEX, IMAGE_A)));
        byte[] body = MAPPER.writeValueAsBytes(new CaptureResponse(List.of(
                new BiometricEntry("0.9.5", unsigned, CaptureHash.next("", IMAGE_A), SbiError.success()))));

        assertThat(failureOf(body)).isEqualTo("sbi.signature-invalid");
    }

    @Test
    void garbageIsAMalformedReply() {
        assertThat(failureOf("<html/>".getBytes(StandardCharsets.UTF_8))).isEqualTo("sbi.malformed-reply");
        assertThat(failureOf("{\"biometrics\":[]}".getBytes(StandardCharsets.UTF_8))).isEqualTo("sbi.malformed-reply");
        assertThat(failureOf("{\"biometrics\":[{\"data\":\"x.y\",\"hash\":\"\"}]}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sbi.malformed-reply");
    }
}
