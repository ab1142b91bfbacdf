package id.loket.sync.central.fault;

import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.WireRecord;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static id.loket.sync.central.support.DeviceClient.error;
import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;
import static id.loket.sync.central.support.Fixtures.batch;
import static id.loket.sync.central.support.Fixtures.randomBytes;
import static id.loket.sync.central.support.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The faults the server injects itself, switched at run time through the Java API. */
class ServerFaultTest {

    @RegisterExtension
    static final CentralExtension central = new CentralExtension();



    @AfterEach
    void disarm() {
        central.get().server.faults().clear();
    }

    @Test
    void a503CarriesRetryAfterAndDoesNoWork() throws Exception {
        DeviceClient device = central.device();
        central.get().server.faults().add(FaultRule.http503(3, 1).on("POST", Paths.BATCHES));
        WireRecord r = record(1);

        HttpResponse<byte[]> busy = device.postBatch(batch(device, r));

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue(Headers.RETRY_AFTER)).contains("3");
        assertThat(error(busy)).isEqualTo(ErrorCode.RETRY_LATER);
        assertThat(central.get().server.records().find(r.recordId())).isEmpty();
        assertThat(device.postBatch(batch(device, r)).statusCode()).isEqualTo(200);
    }

    @Test
    void a500DoesNoWorkAndTheCountRunsOut() throws Exception {
        DeviceClient device = central.device();
        central.get().server.faults().add(FaultRule.http500(2));
        WireRecord r = record(1);

        assertThat(device.postBatch(batch(device, r)).statusCode()).isEqualTo(500);
        HttpResponse<byte[]> second = device.get(Paths.STATUS);
        assertThat(second.statusCode()).isEqualTo(500);
        assertThat(error(second)).isEqualTo(ErrorCode.INTERNAL);
        assertThat(central.get().server.records().find(r.recordId())).isEmpty();
        assertThat(device.get(Paths.STATUS).statusCode()).isEqualTo(200);
        assertThat(central.get().server.faults().active()).isEmpty();
    }

    @Test
    void aStallOutlastsTheClientsTimeout() throws Exception {
        DeviceClient device = central.device();
        central.get().server.faults().add(FaultRule.stall(Duration.ofMillis(1500), 1).on("GET", Paths.STATUS));

        assertThatThrownBy(() -> central.get().http.send(device.request("GET", Paths.STATUS, new byte[0], Map.of(),
                Duration.ofMillis(300)), HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(HttpTimeoutException.class);
        long start = System.nanoTime();
        assertThat(device.get(Paths.STATUS).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
    }

    @Test
    void aCrashAfterCommitLosesTheReplyNotTheRecordAndAResendIsADuplicate() throws Exception {
        DeviceClient device = central.device();
        central.get().server.faults().add(FaultRule.crashAfterCommit(1).on("POST", Paths.BATCHES));
        WireRecord r = record(1);

        assertThatThrownBy(() -> device.postBatch(batch(device, r))).isInstanceOf(IOException.class);

        assertThat(central.get().server.records().find(r.recordId())).isPresent();
        assertThat(device.batch(batch(device, r)).results().getFirst().outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void aCrashAfterAPatchCommitKeepsTheChunkAndHeadShowsIt() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(10_000);
        UploadState state = read(ok(device.postJson(Paths.UPLOADS, new UploadCreate(Sha256.hex(data), data.length,
                "image/jpeg"))), UploadState.class);
        central.get().server.faults().add(FaultRule.crashAfterCommit(1).on("PATCH", Paths.UPLOADS));

        assertThatThrownBy(() -> device.patch(Paths.upload(state.uploadId()), 0, Arrays.copyOf(data, 4000)))
                .isInstanceOf(IOException.class);

        assertThat(device.head(Paths.upload(state.uploadId())).headers().firstValue(Headers.UPLOAD_OFFSET)).contains("4000");
        ok(device.patch(Paths.upload(state.uploadId()), 4000, Arrays.copyOfRange(data, 4000, data.length)));
        assertThat(central.get().server.blobs().read(state.hash())).hasValueSatisfying(b -> assertThat(b).isEqualTo(data));
    }

    @Test
    void observationsCountRequestsAndTimeTheirArrival() throws Exception {
        DeviceClient device = central.device();
        central.get().server.observations().reset();
        central.get().server.faults().add(FaultRule.http503(1, 1).on("GET", Paths.STATUS));
        assertThat(device.get(Paths.STATUS).statusCode()).isEqualTo(503);
        Thread.sleep(50);
        assertThat(device.get(Paths.STATUS + "?after=0").statusCode()).isEqualTo(200);

        Observations.Snapshot seen = central.get().server.observations().snapshot();

        assertThat(seen.requests("GET " + Paths.STATUS)).isEqualTo(2);
        assertThat(seen.arrivals("GET " + Paths.STATUS)).hasSize(2);
        long gap = seen.arrivals("GET " + Paths.STATUS).get(1).monotonicNanos()
                - seen.arrivals("GET " + Paths.STATUS).get(0).monotonicNanos();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }
}
