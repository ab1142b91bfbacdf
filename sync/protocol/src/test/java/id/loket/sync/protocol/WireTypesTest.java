package id.loket.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.batch.WireRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireTypesTest {

    private final ObjectMapper mapper = CanonicalJson.newMapper();

    @Test
    void aRecordsHashDoesNotDependOnFieldOrderOrWhitespace() throws IOException {
        JsonNode a = mapper.readTree("{\"nik\":\"5171014708900001\",\"name\":{\"full\":\"Made\",\"passport\":\"MADE\"}}");
        JsonNode b = mapper.readTree("{ \"name\" : {\"passport\":\"MADE\", \"full\":\"Made\"}, \"nik\":\"5171014708900001\" }");
        assertThat(WireRecord.hashOf(a)).isEqualTo(WireRecord.hashOf(b)).matches("[0-9a-f]{64}");
        JsonNode c = mapper.readTree("{\"nik\":\"5171014708900002\",\"name\":{\"full\":\"Made\",\"passport\":\"MADE\"}}");
        assertThat(WireRecord.hashOf(c)).isNotEqualTo(WireRecord.hashOf(a));
    }

    @Test
    void aBatchSurvivesTheWireAndGzipUnchanged() throws IOException {
        JsonNode body = mapper.readTree("{\"id\":\"x\",\"photo\":\"" + "a".repeat(64) + "\"}");
        WireRecord record = new WireRecord(UUID.randomUUID(), 7, WireRecord.hashOf(body), WireRecord.KIND_APPLICATION,
                Instant.parse("2026-11-23T02:00:00Z"), List.of("a".repeat(64)), body);
        BatchEnvelope batch = new BatchEnvelope(ProtocolVersion.CURRENT, "dev-1", UUID.randomUUID(), 7, 7,
                Instant.parse("2026-11-23T02:00:01Z"), List.of(record));
        byte[] wire = Gzip.compress(mapper.writeValueAsBytes(batch));
        BatchEnvelope back = mapper.readValue(Gzip.decompress(new ByteArrayInputStream(wire), BatchEnvelope.MAX_JSON_BYTES),
                BatchEnvelope.class);
        assertThat(back).isEqualTo(batch);
        assertThat(WireRecord.hashOf(back.records().getFirst().body())).isEqualTo(record.recordHash());
    }

    @Test
    void aGzipBombIsStoppedAtTheLimit() {
        byte[] bomb = Gzip.compress(new byte[5_000_000]);
        assertThat(bomb.length).isLessThan(10_000);
        assertThatThrownBy(() -> Gzip.decompress(new ByteArrayInputStream(bomb), 1_000_000))
                .isInstanceOf(IOException.class).hasMessageContaining("beyond");
        assertThatThrownBy(() -> Gzip.decompress(new ByteArrayInputStream(new byte[]{1, 2, 3}), 100))
                .isInstanceOf(IOException.class);
    }

    @Test
    void errorCodesTravelAsStableTextAndUnknownOnesAreInternal() throws IOException {
        RecordResult result = new RecordResult(UUID.randomUUID(), 3, Outcome.CONFLICT, null, null,
                ErrorCode.BLOB_HASH_MISMATCH, "x", List.of());
        String json = mapper.writeValueAsString(result);
        assertThat(json).contains("\"code\":\"blob-hash-mismatch\"", "\"outcome\":\"CONFLICT\"");
        assertThat(mapper.readValue(json, RecordResult.class)).isEqualTo(result);
        assertThat(ErrorCode.of("something-new")).isEqualTo(ErrorCode.INTERNAL);
        assertThat(Outcome.DUPLICATE.held()).isTrue();
        assertThat(Outcome.CONFLICT.held()).isFalse();
    }
}
