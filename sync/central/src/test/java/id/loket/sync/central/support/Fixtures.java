package id.loket.sync.central.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.loket.sync.protocol.ProtocolVersion;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.WireRecord;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Records, batches and bytes for the tests. */
public final class Fixtures {

    private static final Random RANDOM = new Random();

    private Fixtures() {
    }

    public static ObjectNode body(String fullName) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("fullName", fullName);
        body.put("nik", "5171014708900001");
        body.putObject("passport").put("type", "ORDINARY").put("pages", 48);
        return body;
    }

    /** A well-formed record with its hash. */
    public static WireRecord record(UUID recordId, long seq, ObjectNode body, List<String> blobs) {
        return new WireRecord(recordId, seq, WireRecord.hashOf(body), WireRecord.KIND_APPLICATION,
                Instant.parse("2026-11-23T02:00:00Z"), blobs, body);
    }

    public static WireRecord record(long seq, String... blobs) {
        return record(UUID.randomUUID(), seq, body("Applicant " + seq), List.of(blobs));
    }

    public static BatchEnvelope batch(DeviceClient device, WireRecord... records) {
        long first = Arrays.stream(records).mapToLong(WireRecord::deviceSeq).min().orElse(0);
        long last = Arrays.stream(records).mapToLong(WireRecord::deviceSeq).max().orElse(0);
        return new BatchEnvelope(ProtocolVersion.CURRENT, device.deviceId(), UUID.randomUUID(), first, last,
                Instant.now(), List.of(records));
    }

    public static byte[] randomBytes(int size) {
        byte[] data = new byte[size];
        RANDOM.nextBytes(data);
        return data;
    }
}
