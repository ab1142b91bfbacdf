package id.loket.core.sync;

import id.loket.core.outbox.OutboxState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyncProgressTest {

    @TempDir
    Path dir;
    private SyncFixture f;
    private SyncProgress progress;

    @BeforeEach
    void open() {
        f = new SyncFixture(dir);
        progress = f.sync().progress();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void bytesLeftCountImagesNotYetAtTheCentreAndTheJsonOfUndeliveredRecords() {
        f.finalised();
        OutgoingRow row = f.sync().delivery().next(0, 1).getFirst();
        long json = row.payload().getBytes(StandardCharsets.UTF_8).length;
        assertThat(progress.summary().bytesLeft()).isEqualTo(3_000 + json);

        String photo = row.blobHashes().stream().filter(h -> f.core.blobs().get(h).orElseThrow().length == 2_000)
                .findFirst().orElseThrow();
        f.sync().uploads().save(photo, "/v1/uploads/u1", 2_000, 1_500);
        assertThat(progress.bytesLeft()).isEqualTo(1_500 + json);

        f.sync().delivery().move(List.of(OutboxMove.to(row.deviceSeq(), OutboxState.BLOBS_SENT)));
        assertThat(progress.bytesLeft()).as("images at the centre").isEqualTo(json);
        f.sync().delivery().acknowledgeUpTo(row.deviceSeq());
        assertThat(progress.bytesLeft()).isZero();
    }

    @Test
    void summaryCountsPendingAcknowledgedQuarantinedAndTheLastAttempts() {
        f.finalised();
        f.finalised();
        f.finalised();
        f.sync().delivery().move(List.of(OutboxMove.quarantine(1, "REJECTED")));
        f.sync().delivery().acknowledgeUpTo(2);
        SyncSummary before = progress.summary();
        assertThat(before.pendingRecords()).isEqualTo(1);
        assertThat(before.acknowledged()).isEqualTo(1);
        assertThat(before.quarantined()).isEqualTo(1);
        assertThat(before.lastSuccessAt()).isNull();

        progress.recordAttempt(f.now(), null);
        f.clock.advance(Duration.ofMinutes(5));
        progress.recordAttempt(f.now(), "retry-later");
        SyncSummary after = progress.summary();
        assertThat(after.lastSuccessAt()).isEqualTo(f.now().minus(Duration.ofMinutes(5)));
        assertThat(after.lastAttemptAt()).isEqualTo(f.now());
        assertThat(after.lastErrorCode()).isEqualTo("retry-later");
        progress.recordAttempt(f.now(), null);
        assertThat(progress.summary().lastErrorCode()).isNull();
    }
}
