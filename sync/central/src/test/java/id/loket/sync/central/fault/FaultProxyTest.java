package id.loket.sync.central.fault;

import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.TestCentral;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;

import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;
import static id.loket.sync.central.support.Fixtures.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Network faults between a device and the centre, through {@link FaultProxy}. */
class FaultProxyTest {

    private static TestCentral central;
    private static FaultProxy proxy;
    private static DeviceClient device;

    @BeforeAll
    static void start() throws Exception {
        central = TestCentral.start();
        proxy = FaultProxy.start("127.0.0.1", 0, "127.0.0.1", central.server.port());
        device = central.enroll().at(URI.create("http://127.0.0.1:" + proxy.port()));
    }

    @AfterAll
    static void stop() throws IOException {
        proxy.close();
        central.close();
    }

    @AfterEach
    void clear() throws IOException {
        proxy.clear();
    }

    @Test
    void requestsPassThroughUntouched() throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);
        assertThat(device.get(Paths.STATUS).statusCode()).isEqualTo(200);
        assertThat(proxy.forwarded(FaultProxy.Direction.REQUEST)).isPositive();
        assertThat(proxy.forwarded(FaultProxy.Direction.RESPONSE)).isPositive();
    }

    @Test
    void refusedConnectionsFailAtOnceAndWorkAgainWhenSwitchedOff() throws Exception {
        int port = proxy.port();
        proxy.refuseConnections(true);
        assertThatThrownBy(FaultProxyTest::health).isInstanceOf(ConnectException.class);

        proxy.refuseConnections(false);
        assertThat(proxy.port()).isEqualTo(port);
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void refusingIsInForceWhenTheCallReturnsAndCanBeSwitchedBackAtOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            proxy.refuseConnections(true);
            assertThatThrownBy(() -> new Socket("127.0.0.1", proxy.port()).close()).as("round %d", i)
                    .isInstanceOf(ConnectException.class);
            proxy.refuseConnections(true);
            proxy.refuseConnections(false);
        }
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void aStalledLinkForwardsNothingUntilReleased() throws Exception {
        proxy.stall(true);
        HttpRequest slow = HttpRequest.newBuilder(proxied(Paths.HEALTH)).timeout(Duration.ofMillis(400)).build();
        assertThatThrownBy(() -> central.http.send(slow, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        proxy.stall(false);
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void aResponseCutAfterSomeBytesFailsTheRequest() throws Exception {
        proxy.cutAfter(FaultProxy.Direction.RESPONSE, 20, 1);
        assertThatThrownBy(FaultProxyTest::health).isInstanceOf(IOException.class);
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void anUploadCutMidChunkResumesFromTheCommittedOffsetNeverFromZero() throws Exception {
        byte[] data = randomBytes(600_000);
        UploadState state = read(ok(device.postJson(Paths.UPLOADS, new UploadCreate(Sha256.hex(data), data.length,
                "image/jpeg"))), UploadState.class);
        String location = Paths.upload(state.uploadId());
        ok(device.patch(location, 0, Arrays.copyOfRange(data, 0, 200_000)));

        proxy.cutAfter(FaultProxy.Direction.REQUEST, 100_000, 1);
        assertThatThrownBy(() -> device.patch(location, 200_000, Arrays.copyOfRange(data, 200_000, 400_000)))
                .isInstanceOf(IOException.class);

        long offset = Long.parseLong(device.head(location).headers().firstValue(Headers.UPLOAD_OFFSET).orElseThrow());
        assertThat(offset).isEqualTo(200_000);
        for (long at = offset; at < data.length; at += 200_000) {
            ok(device.patch(location, at, Arrays.copyOfRange(data, (int) at, (int) at + 200_000)));
        }

        assertThat(central.server.blobs().read(state.hash())).hasValueSatisfying(b -> assertThat(b).isEqualTo(data));
        assertThat(central.server.observations().snapshot().patchOffsets().get(state.uploadId()))
                .startsWith(0L).doesNotContainSequence(200_000L, 0L).endsWith(200_000L, 400_000L)
                .filteredOn(o -> o == 0L).hasSize(1);
    }

    @Test
    void aReplyCutAfterTheCommitLeavesTheChunkStored() throws Exception {
        byte[] data = randomBytes(50_000);
        UploadState state = read(ok(device.postJson(Paths.UPLOADS, new UploadCreate(Sha256.hex(data), data.length,
                "image/jpeg"))), UploadState.class);
        proxy.cutAfter(FaultProxy.Direction.RESPONSE, 0, 1);

        assertThatThrownBy(() -> device.patch(Paths.upload(state.uploadId()), 0, Arrays.copyOf(data, 20_000)))
                .isInstanceOf(IOException.class);

        assertThat(device.head(Paths.upload(state.uploadId())).headers().firstValue(Headers.UPLOAD_OFFSET))
                .contains("20000");
    }

    private static HttpResponse<String> health() throws Exception {
        return central.http.send(HttpRequest.newBuilder(proxied(Paths.HEALTH)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI proxied(String path) {
        return URI.create("http://127.0.0.1:" + proxy.port() + path);
    }

}
