package id.loket.core.outbox;

import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;
import id.loket.core.workflow.Fixtures;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTest {

    @TempDir
    Path dir;

    @Test
    void queuesRecordsWithAGapFreeDeviceSequenceAndTheCanonicalHash() {
        try (LoketStore store = LoketStore.open(dir)) {
            Outbox outbox = new Outbox(store, Fixtures.CLOCK);
            UUID a = Ids.uuidV7();
            UUID b = Ids.uuidV7();
            Map<String, String> recordA = Map.of("b", "2", "a", "1");
            OutboxEntry first = outbox.enqueue(a, "test", recordA, List.of());
            OutboxEntry second = outbox.enqueue(b, "test", Map.of("x", "y"), List.of());
            assertThat(first.deviceSeq()).isEqualTo(1);
            assertThat(second.deviceSeq()).isEqualTo(2);
            assertThat(first.recordHash()).isEqualTo(Sha256.hex(CanonicalJson.bytes(recordA)))
                    .isEqualTo(Sha256.hex("{\"a\":\"1\",\"b\":\"2\"}".getBytes()));
            assertThat(first.state()).isEqualTo(OutboxState.PENDING);
            assertThat(first.createdAt()).isEqualTo(Fixtures.NOW);
            assertThat(outbox.pending()).containsExactly(first, second);
            assertThat(outbox.forRecord(a)).containsExactly(first);
        }
    }

    @Test
    void movesRowsThroughTheirStatesAndCountsThem() {
        try (LoketStore store = LoketStore.open(dir)) {
            Outbox outbox = new Outbox(store, Fixtures.CLOCK);
            long one = outbox.enqueue(Ids.uuidV7(), "test", Map.of("n", "1"), List.of()).deviceSeq();
            long two = outbox.enqueue(Ids.uuidV7(), "test", Map.of("n", "2"), List.of()).deviceSeq();
            long three = outbox.enqueue(Ids.uuidV7(), "test", Map.of("n", "3"), List.of()).deviceSeq();
            outbox.mark(one, OutboxState.BLOBS_SENT, null);
            outbox.mark(two, OutboxState.SENT, null);
            outbox.mark(three, OutboxState.QUARANTINED, " centre says conflict ");
            assertThat(outbox.pending()).extracting(OutboxEntry::deviceSeq).containsExactly(one);
            assertThat(outbox.count(OutboxState.SENT)).isEqualTo(1);
            assertThat(outbox.count(OutboxState.CONFIRMED)).isZero();
            assertThat(outbox.find(three)).hasValueSatisfying(e -> {
                assertThat(e.state()).isEqualTo(OutboxState.QUARANTINED);
                assertThat(e.reason()).isEqualTo("centre says conflict");
            });
            assertThatThrownBy(() -> outbox.mark(one, OutboxState.QUARANTINED, " "))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> outbox.mark(99, OutboxState.SENT, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
