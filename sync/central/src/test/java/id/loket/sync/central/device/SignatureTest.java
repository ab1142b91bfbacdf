package id.loket.sync.central.device;

import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import id.loket.sync.protocol.security.DeviceKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.loket.sync.central.support.DeviceClient.error;
import static org.assertj.core.api.Assertions.assertThat;

class SignatureTest {

    @RegisterExtension
    static final CentralExtension central = new CentralExtension();



    @Test
    void aProperlySignedRequestIsServed() throws Exception {
        DeviceClient device = central.device();
        assertThat(device.postJson(Paths.BLOBS_MISSING, missing()).statusCode()).isEqualTo(200);
        assertThat(device.get(Paths.STATUS + "?after=0&limit=10").statusCode()).isEqualTo(200);
    }

    @Test
    void aTamperedBodyIsRefused() throws Exception {
        DeviceClient device = central.device();
        HttpRequest signed = device.request("POST", Paths.BLOBS_MISSING, DeviceClient.json(missing()), Map.of(), null);
        byte[] other = DeviceClient.json(new MissingBlobsRequest(List.of(Sha256.hex(new byte[] {2}))));
        HttpRequest.Builder tampered = HttpRequest.newBuilder(signed.uri()).POST(HttpRequest.BodyPublishers.ofByteArray(other));
        signed.headers().map().forEach((name, values) -> tampered.header(name, values.getFirst()));

        HttpResponse<byte[]> reply = central.get().http.send(tampered.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(error(reply)).isEqualTo(ErrorCode.BAD_SIGNATURE);
    }

    @Test
    void aTamperedContentHashIsRefused() throws Exception {
        DeviceClient device = central.device();
        byte[] other = DeviceClient.json(new MissingBlobsRequest(List.of(Sha256.hex(new byte[] {3}))));
        HttpRequest signed = device.request("POST", Paths.BLOBS_MISSING, DeviceClient.json(missing()), Map.of(), null);
        HttpRequest.Builder forged = HttpRequest.newBuilder(signed.uri()).POST(HttpRequest.BodyPublishers.ofByteArray(other));
        signed.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(Headers.CONTENT_SHA256)) {
                forged.header(name, values.getFirst());
            }
        });
        forged.header(Headers.CONTENT_SHA256, Sha256.hex(other));
        HttpResponse<byte[]> forgedReply = central.get().http.send(forged.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(error(forgedReply)).isEqualTo(ErrorCode.BAD_SIGNATURE);
    }

    @Test
    void anUnknownDeviceIsRefused() throws Exception {
        DeviceClient stranger = new DeviceClient(central.get().http, central.get().base(), UUID.randomUUID().toString(),
                DeviceKeys.generate());
        HttpResponse<byte[]> reply = stranger.postJson(Paths.BLOBS_MISSING, missing());
        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(error(reply)).isEqualTo(ErrorCode.UNKNOWN_DEVICE);
    }

    @Test
    void aSignatureWithAnotherKeyIsRefused() throws Exception {
        DeviceClient device = central.device();
        DeviceClient impostor = new DeviceClient(central.get().http, central.get().base(), device.deviceId(), DeviceKeys.generate());
        HttpResponse<byte[]> reply = impostor.postJson(Paths.BLOBS_MISSING, missing());
        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(error(reply)).isEqualTo(ErrorCode.BAD_SIGNATURE);
    }

    @Test
    void aSignatureForAnotherQueryIsRefused() throws Exception {
        DeviceClient device = central.device();
        HttpRequest signed = device.request("GET", Paths.STATUS + "?after=0", new byte[0], Map.of(), null);
        HttpRequest.Builder moved = HttpRequest.newBuilder(central.get().base().resolve(Paths.STATUS + "?after=5")).GET();
        signed.headers().map().forEach((name, values) -> moved.header(name, values.getFirst()));
        HttpResponse<byte[]> reply = central.get().http.send(moved.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(error(reply)).isEqualTo(ErrorCode.BAD_SIGNATURE);
    }

    @Test
    void missingSignatureHeadersAreRefusedClearly() throws Exception {
        HttpResponse<byte[]> reply = central.get().post(Paths.BLOBS_MISSING, DeviceClient.json(missing()), null);
        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(error(reply)).isEqualTo(ErrorCode.BAD_SIGNATURE);
        assertThat(new String(reply.body())).contains(Headers.DEVICE);
    }

    private static MissingBlobsRequest missing() {
        return new MissingBlobsRequest(List.of(Sha256.hex(new byte[] {1})));
    }
}
