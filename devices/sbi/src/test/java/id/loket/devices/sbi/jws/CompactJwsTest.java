package id.loket.devices.sbi.jws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.devices.sbi.simulator.DeviceIdentity;
import id.loket.devices.sbi.wire.SbiJson;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompactJwsTest {
    private static final ObjectMapper MAPPER = SbiJson.newMapper();
    private static DeviceIdentity identity;

    @BeforeAll
    static void keys() {
        identity = DeviceIdentity.generate("LKTSIM000001", Instant.now(), MAPPER);
    }

    @Test
    void signedBlockVerifiesAndCarriesItsCertificate() throws Exception {
        String compact = identity.signer().signJson(Map.of("bioSubType", "Left Thumb"));

        CompactJws jws = CompactJws.parse(compact, MAPPER);

        assertThat(jws.signed()).isTrue();
        assertThat(jws.algorithm()).contains("RS256");
        assertThat(jws.certificates()).containsExactly(identity.deviceCertificate());
        assertThat(jws.verify(identity.deviceCertificate().getPublicKey())).isTrue();
        assertThat(MAPPER.readTree(jws.payload()).path("bioSubType").asText()).isEqualTo("Left Thumb");
        String header = new String(Base64Url.decode(compact.split("\\.")[0]).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(header).contains("\"typ\":\"JWT\"").contains("\"x5c\":[");
    }

    @Test
    void alteredPayloadOrWrongKeyDoesNotVerify() throws Exception {
        String compact = identity.signer().signJson(Map.of("qualityScore", "40"));
        String[] parts = compact.split("\\.");
        String forged = parts[0] + "." + Base64Url.encode("{\"qualityScore\":\"99\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(CompactJws.parse(forged, MAPPER).verify(identity.deviceCertificate().getPublicKey())).isFalse();
        assertThat(CompactJws.parse(compact, MAPPER).verify(identity.providerCertificate().getPublicKey())).isFalse();
    }

    @Test
    void unsignedFormIsJustThePayload() throws Exception {
        CompactJws jws = CompactJws.parse(JwsSigner.unsigned("{\"a\":1}".getBytes(StandardCharsets.UTF_8)), MAPPER);

        assertThat(jws.signed()).isFalse();
        assertThat(jws.algorithm()).isEmpty();
        assertThat(jws.verify(identity.deviceCertificate().getPublicKey())).isFalse();
        assertThat(new String(jws.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void malformedValuesAreRefused() {
        assertThatThrownBy(() -> CompactJws.parse("a.b", MAPPER)).isInstanceOf(JwsFormatException.class);
        assertThatThrownBy(() -> CompactJws.parse("", MAPPER)).isInstanceOf(JwsFormatException.class);
        assertThatThrownBy(() -> CompactJws.parse("!!!.e30.AA", MAPPER)).isInstanceOf(JwsFormatException.class);
        String notJsonHeader = Base64Url.encode("nope".getBytes(StandardCharsets.UTF_8)) + ".e30.AA";
        assertThatThrownBy(() -> CompactJws.parse(notJsonHeader, MAPPER)).isInstanceOf(JwsFormatException.class);
    }

    @Test
    void algNoneNeverVerifies() throws Exception {
        String header = Base64Url.encode("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        CompactJws jws = CompactJws.parse(header + ".e30.", MAPPER);

        assertThat(jws.verify(identity.deviceCertificate().getPublicKey())).isFalse();
    }

    @Test
    void es256SignaturesInJwsFormVerify() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        String signingInput = Base64Url.encode("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + ".e30";
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(pair.getPrivate());
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String compact = signingInput + "." + Base64Url.encode(signer.sign());

        assertThat(CompactJws.parse(compact, MAPPER).verify(pair.getPublic())).isTrue();
    }

    @Test
    void toStringHidesThePayload() throws Exception {
        CompactJws jws = CompactJws.parse(identity.signer().signJson(Map.of("bioValue", "SECRETIMAGEBYTES")), MAPPER);

        assertThat(jws.toString()).doesNotContain("SECRETIMAGEBYTES").contains("redacted");
    }
}
