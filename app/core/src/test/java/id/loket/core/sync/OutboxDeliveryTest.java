package id.loket.core.sync;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationBlobs;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.outbox.OutboxState;
import id.loket.core.workflow.ApplicationState;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.WireRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static id.loket.core.outbox.OutboxState.ACKNOWLEDGED;
import static id.loket.core.outbox.OutboxState.BLOBS_SENT;
import static id.loket.core.outbox.OutboxState.CONFIRMED;
import static id.loket.core.outbox.OutboxState.PENDING;
import static id.loket.core.outbox.OutboxState.QUARANTINED;
import static id.loket.core.outbox.OutboxState.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxDeliveryTest {

    @TempDir
    Path dir;
    private SyncFixture f;
    private OutboxDelivery delivery;

    @BeforeEach
    void open() {
        f = new SyncFixture(dir);
        delivery = f.sync().delivery();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private OutboxState state(long seq) {
        return f.core.outbox().find(seq).orElseThrow().state();
    }

    @Test
    void aFinalisedApplicationIsQueuedWithTheExactJsonThatWasHashedItsKindAndItsImages() {
        Application done = f.finalised();
        OutgoingRow row = delivery.next(0, 10).getFirst();
        assertThat(row.recordId()).isEqualTo(done.id());
        assertThat(row.kind()).isEqualTo(WireRecord.KIND_APPLICATION);
        assertThat(row.payload().getBytes(StandardCharsets.UTF_8)).isEqualTo(CanonicalJson.bytes(done));
        assertThat(row.recordHash()).isEqualTo(Sha256.hex(row.payload().getBytes(StandardCharsets.UTF_8)));
        assertThat(row.blobHashes()).hasSize(3).containsExactlyElementsOf(ApplicationBlobs.of(done));
        assertThat(row.state()).isEqualTo(PENDING);
    }

    @Test
    void thePayloadStaysWhatWasFinalisedWhenTheApplicationChangesLater() {
        Application done = f.finalised();
        String queued = delivery.next(0, 1).getFirst().payload();
        f.core.applicationService().applyCentreDecision(done.id(), ApplicationState.APPROVED, null, 1);
        assertThat(f.core.applications().find(done.id()).orElseThrow().state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(f.core.outbox().forRecord(done.id()).getFirst().recordHash())
                .isEqualTo(Sha256.hex(queued.getBytes(StandardCharsets.UTF_8)));
        f.core.outbox().mark(1, BLOBS_SENT, null);
        assertThat(delivery.next(0, 1).getFirst().payload()).isEqualTo(queued);
    }

    @Test
    void aQuarantinedRowNeverBlocksThePendingOnesBehindIt() {
        long one = f.core.outbox().forRecord(f.finalised().id()).getFirst().deviceSeq();
        f.finalised();
        f.finalised();
        delivery.move(List.of(OutboxMove.quarantine(one, "CONFLICT: held with another hash")));
        assertThat(delivery.next(0, 10)).extracting(OutgoingRow::deviceSeq).containsExactly(2L, 3L);
        assertThat(delivery.next(2, 10)).extracting(OutgoingRow::deviceSeq).containsExactly(3L);
        assertThat(delivery.next(0, 1)).extracting(OutgoingRow::deviceSeq).containsExactly(2L);
        assertThat(delivery.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.deviceSeq()).isEqualTo(one);
            assertThat(q.reason()).isEqualTo("CONFLICT: held with another hash");
        });
    }

    @Test
    void rowsWalkTheDeliveryStatesAndGoBackToPendingWhenImagesAreMissing() {
        f.finalised();
        delivery.move(List.of(OutboxMove.to(1, BLOBS_SENT)));
        delivery.move(List.of(OutboxMove.to(1, SENT)));
        delivery.move(List.of(OutboxMove.to(1, PENDING)));
        assertThat(state(1)).isEqualTo(PENDING);
        delivery.move(List.of(OutboxMove.to(1, BLOBS_SENT), OutboxMove.to(1, SENT), OutboxMove.to(1, SENT)));
        delivery.move(List.of(OutboxMove.to(1, ACKNOWLEDGED)));
        assertThat(delivery.next(0, 10)).isEmpty();
        delivery.move(List.of(OutboxMove.to(1, CONFIRMED)));
        assertThat(state(1)).isEqualTo(CONFIRMED);
    }

    @Test
    void refusesMovesBackwardsOutOfTheEndStatesAndAppliesABatchOfMovesAllOrNothing() {
        f.finalised();
        f.finalised();
        delivery.move(List.of(OutboxMove.to(1, ACKNOWLEDGED)));
        assertThatThrownBy(() -> delivery.move(List.of(OutboxMove.to(1, PENDING))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACKNOWLEDGED to PENDING");
        assertThatThrownBy(() -> delivery.move(List.of(OutboxMove.quarantine(1, "late"))))
                .isInstanceOf(IllegalStateException.class);
        delivery.move(List.of(OutboxMove.quarantine(2, "REJECTED: bad-request")));
        assertThatThrownBy(() -> delivery.move(List.of(OutboxMove.to(2, PENDING))))
                .isInstanceOf(IllegalStateException.class);

        f.finalised();
        assertThatThrownBy(() -> delivery.move(List.of(OutboxMove.to(3, SENT), OutboxMove.to(1, PENDING))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(state(3)).as("the first move of the failed batch was rolled back").isEqualTo(PENDING);
        assertThatThrownBy(() -> delivery.move(List.of(OutboxMove.quarantine(3, " "))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acknowledgeUpToTheHighestUnbrokenSequenceSparesLaterAndQuarantinedRows() {
        for (int i = 0; i < 4; i++) {
            f.finalised();
        }
        delivery.move(List.of(OutboxMove.to(1, SENT), OutboxMove.quarantine(2, "CONFLICT"),
                OutboxMove.to(3, BLOBS_SENT)));
        assertThat(delivery.acknowledgeUpTo(3)).isEqualTo(2);
        assertThat(List.of(state(1), state(2), state(3), state(4)))
                .containsExactly(ACKNOWLEDGED, QUARANTINED, ACKNOWLEDGED, PENDING);
        assertThat(delivery.acknowledgeUpTo(3)).isZero();
        assertThat(delivery.next(0, 10)).extracting(OutgoingRow::deviceSeq).containsExactly(4L);
        assertThat(f.core.outbox().inState(ACKNOWLEDGED)).extracting(OutboxEntry::deviceSeq).containsExactly(1L, 3L);
    }
}
