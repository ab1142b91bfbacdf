package id.loket.sync.central.ingest;

import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.ErrorReply;
import id.loket.sync.protocol.Gzip;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.WireRecord;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static id.loket.sync.central.support.DeviceClient.read;
import static id.loket.sync.central.support.Fixtures.batch;
import static id.loket.sync.central.support.Fixtures.randomBytes;
import static id.loket.sync.central.support.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile or broken input gets a clear 4xx ErrorReply, never a 500, and nothing is stored. */
class HostileInputTest {

    @RegisterExtension
    static final CentralExtension central = new CentralExtension();
    private final List<WireRecord> sent = new ArrayList<>();



    @AfterEach
    void nothingWasStored() {
        sent.forEach(r -> assertThat(central.get().server.records().find(r.recordId())).isEmpty());
    }

    @Test
    void aBatchLargerThanTheLimitIsTooLarge() throws Exception {
        DeviceClient device = central.device();
        HttpResponse<byte[]> reply = device.send("POST", Paths.BATCHES, randomBytes(9 * 1024 * 1024),
                DeviceClient.batchHeaders());
        assertRefused(reply, 413, ErrorCode.TOO_LARGE);
    }

    @Test
    void aGzipBombIsTooLarge() throws Exception {
        DeviceClient device = central.device();
        WireRecord r = sent(record(1));
        String json = new String(DeviceClient.json(batch(device, r)), StandardCharsets.UTF_8);
        String padded = json.substring(0, json.length() - 1) + ",\"pad\":\"" + " ".repeat(20 * 1024 * 1024) + "\"}";
        byte[] bomb = Gzip.compress(padded.getBytes(StandardCharsets.UTF_8));
        assertThat(bomb.length).isLessThan(100_000);

        assertRefused(device.send("POST", Paths.BATCHES, bomb, DeviceClient.batchHeaders()), 413, ErrorCode.TOO_LARGE);
    }

    @Test
    void aBatchThatIsNotGzipIsRefused() throws Exception {
        DeviceClient device = central.device();
        WireRecord r = sent(record(1));
        byte[] json = DeviceClient.json(batch(device, r));
        assertRefused(device.send("POST", Paths.BATCHES, json, Map.of("Content-Type", "application/json")),
                415, ErrorCode.BAD_REQUEST);
        assertRefused(device.send("POST", Paths.BATCHES, json, Map.of("Content-Encoding", "br")), 415, ErrorCode.BAD_REQUEST);
        assertRefused(device.send("POST", Paths.BATCHES, json, DeviceClient.batchHeaders()), 400, ErrorCode.BAD_REQUEST);
        byte[] truncated = Gzip.compress(json);
        truncated = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        assertRefused(device.send("POST", Paths.BATCHES, truncated, DeviceClient.batchHeaders()), 400, ErrorCode.BAD_REQUEST);
    }

    @Test
    void malformedBatchJsonIsABadRequest() throws Exception {
        DeviceClient device = central.device();
        for (String json : List.of("", "null", "[]", "{\"records\":\"x\"}", "{\"protocolVersion\":1",
                "[".repeat(100_000), "{\"protocolVersion\":1,\"deviceId\":\"" + device.deviceId() + "\"}")) {
            HttpResponse<byte[]> reply = device.send("POST", Paths.BATCHES, Gzip.compress(json.getBytes()),
                    DeviceClient.batchHeaders());
            assertRefused(reply, 400, ErrorCode.BAD_REQUEST);
        }
    }

    @Test
    void moreThanFiftyRecordsIsTooLarge() throws Exception {
        DeviceClient device = central.device();
        WireRecord[] records = IntStream.rangeClosed(1, BatchEnvelope.MAX_RECORDS + 1).mapToObj(i -> sent(record(i)))
                .toArray(WireRecord[]::new);
        assertRefused(device.postBatch(batch(device, records)), 413, ErrorCode.TOO_LARGE);
    }

    @Test
    void brokenRecordsAreRejectedOneByOneNotTheBatch() throws Exception {
        DeviceClient device = central.device();
        String id = device.deviceId();
        String json = "{\"protocolVersion\":1,\"deviceId\":\"" + id + "\",\"records\":[null,"
                + "{\"recordId\":\"0195f0c0-0000-7000-8000-000000000001\",\"deviceSeq\":1},"
                + "{\"recordId\":\"0195f0c0-0000-7000-8000-000000000002\",\"deviceSeq\":2,\"kind\":\"application\","
                + "\"recordHash\":\"" + "a".repeat(64) + "\",\"body\":[1,2]},"
                + "{\"recordId\":\"0195f0c0-0000-7000-8000-000000000003\",\"deviceSeq\":-4,\"kind\":\"application\","
                + "\"recordHash\":\"" + "a".repeat(64) + "\",\"body\":{}}]}";
        HttpResponse<byte[]> reply = device.send("POST", Paths.BATCHES, Gzip.compress(json.getBytes()),
                DeviceClient.batchHeaders());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(read(reply, BatchReply.class).results()).extracting(r -> r.outcome())
                .containsOnly(Outcome.REJECTED).hasSize(4);
    }

    @Test
    void oversizedJsonAndTooManyHashesAreTooLarge() throws Exception {
        DeviceClient device = central.device();
        List<String> many = Collections.nCopies(1001, Sha256.hex(new byte[0]));
        assertRefused(device.postJson(Paths.BLOBS_MISSING, new MissingBlobsRequest(many)), 413, ErrorCode.TOO_LARGE);
        byte[] huge = ("{\"hashes\":[\"" + "a".repeat(2 * 1024 * 1024) + "\"]}").getBytes();
        assertRefused(device.send("POST", Paths.BLOBS_MISSING, huge, Map.of()), 413, ErrorCode.TOO_LARGE);
        assertRefused(device.postJson(Paths.BLOBS_MISSING, new MissingBlobsRequest(List.of("not-a-hash"))),
                400, ErrorCode.BAD_REQUEST);
    }

    @Test
    void unknownEndpointsAndMethodsGetAnErrorReply() throws Exception {
        assertRefused(central.get().send("GET", "/v1/nothing-here", null, null), 404, ErrorCode.NOT_FOUND);
        HttpResponse<byte[]> wrongMethod = central.get().send("DELETE", Paths.BATCHES, null, null);
        assertThat(wrongMethod.statusCode()).isBetween(400, 499);
        assertThat(read(wrongMethod, ErrorReply.class).code()).isNotNull();
    }

    private WireRecord sent(WireRecord r) {
        sent.add(r);
        return r;
    }

    private static void assertRefused(HttpResponse<byte[]> reply, int status, ErrorCode code) throws IOException {
        assertThat(reply.statusCode()).as(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        ErrorReply error = read(reply, ErrorReply.class);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isNotBlank();
    }
}
