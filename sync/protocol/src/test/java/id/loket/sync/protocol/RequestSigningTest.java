package id.loket.sync.protocol;

import id.loket.sync.protocol.security.DeviceKeys;
import id.loket.sync.protocol.security.RequestSigning;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestSigningTest {

    private final KeyPair device = DeviceKeys.generate();
    private final byte[] payload = RequestSigning.payload("post", "/v1/batches", "dev-1", "2026-11-23T01:00:00Z",
            Sha256.hex(new byte[]{1, 2, 3}));

    @Test
    void aSignatureVerifiesWithTheDevicesPublicKeyAfterTheKeyTravelledAsText() {
        String signature = RequestSigning.sign(device.getPrivate(), payload);
        var publicKey = DeviceKeys.decodePublic(DeviceKeys.encodePublic(device.getPublic()));
        assertThat(RequestSigning.verify(publicKey, payload, signature)).isTrue();
        var privateKey = DeviceKeys.decodePrivate(DeviceKeys.encodePrivate(device.getPrivate()));
        assertThat(RequestSigning.verify(publicKey, payload, RequestSigning.sign(privateKey, payload))).isTrue();
    }

    @Test
    void anyChangeToMethodPathDeviceTimeOrBodyBreaksTheSignature() {
        String signature = RequestSigning.sign(device.getPrivate(), payload);
        String body = Sha256.hex(new byte[]{1, 2, 3});
        assertThat(RequestSigning.verify(device.getPublic(),
                RequestSigning.payload("PATCH", "/v1/batches", "dev-1", "2026-11-23T01:00:00Z", body), signature)).isFalse();
        assertThat(RequestSigning.verify(device.getPublic(),
                RequestSigning.payload("POST", "/v1/uploads", "dev-1", "2026-11-23T01:00:00Z", body), signature)).isFalse();
        assertThat(RequestSigning.verify(device.getPublic(),
                RequestSigning.payload("POST", "/v1/batches", "dev-2", "2026-11-23T01:00:00Z", body), signature)).isFalse();
        assertThat(RequestSigning.verify(device.getPublic(),
                RequestSigning.payload("POST", "/v1/batches", "dev-1", "2026-11-23T01:00:01Z", body), signature)).isFalse();
        assertThat(RequestSigning.verify(device.getPublic(), RequestSigning.payload("POST", "/v1/batches", "dev-1",
                "2026-11-23T01:00:00Z", Sha256.hex(new byte[]{1, 2, 4})), signature)).isFalse();
    }

    @Test
    void anotherDevicesKeyOrGarbageDoesNotVerify() {
        String signature = RequestSigning.sign(device.getPrivate(), payload);
        assertThat(RequestSigning.verify(DeviceKeys.generate().getPublic(), payload, signature)).isFalse();
        assertThat(RequestSigning.verify(device.getPublic(), payload, "not base64!")).isFalse();
        assertThat(RequestSigning.verify(device.getPublic(), payload, null)).isFalse();
    }

    @Test
    void aKeyThatIsNotEd25519IsRefusedClearly() {
        assertThatThrownBy(() -> DeviceKeys.decodePublic("AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceKeys.decodePrivate(new byte[]{1, 2})).isInstanceOf(IllegalArgumentException.class);
    }
}
