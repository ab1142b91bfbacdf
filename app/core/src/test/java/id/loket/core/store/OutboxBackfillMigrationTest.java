package id.loket.core.store;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationBlobs;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.outbox.OutboxState;
import id.loket.core.sync.OutgoingRow;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows queued before version 3 (hash only) get their payload back, or are quarantined if it is gone. */
class OutboxBackfillMigrationTest {

    private static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "I Made", Role.OFFICER, true);

    @TempDir
    Path dir;

    private static Application finalise(CoreServices core) {
        Application draft = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(draft);
        return core.applicationService().finalise(draft.id(), OFFICER);
    }

    @Test
    void restoresUnchangedRecordsAndQuarantinesUndeliveredOnesThatChanged() {
        try (CoreServices core = TestStores.open(dir)) {
            core.deviceProfiles().save("DPS", 3);
            Application unchanged = finalise(core);
            Application changed = finalise(core);
            Application changedButDelivered = finalise(core);
            String original = core.sync().delivery().next(0, 1).getFirst().payload();
            core.applicationService().applyCentreDecision(changed.id(), ApplicationState.APPROVED, null, 1);
            core.applicationService().applyCentreDecision(changedButDelivered.id(), ApplicationState.APPROVED, null, 2);
            core.sync().delivery().acknowledgeUpTo(0);
            core.outbox().mark(3, OutboxState.ACKNOWLEDGED, null);
            int filled = core.store().inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM outbox_blob");
                    s.execute("UPDATE outbox SET payload = NULL, kind = NULL, payload_size = NULL");
                }
                return OutboxBackfillMigration.backfill(c, Fixtures.NOW);
            });

            assertThat(filled).isEqualTo(1);
            List<OutgoingRow> rows = core.sync().delivery().next(0, 10);
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.recordId()).isEqualTo(unchanged.id());
                assertThat(r.payload()).isEqualTo(original);
                assertThat(r.kind()).isEqualTo("application");
                assertThat(r.blobHashes()).containsExactlyElementsOf(ApplicationBlobs.of(unchanged));
            });
            assertThat(core.outbox().find(2)).hasValueSatisfying(e -> {
                assertThat(e.state()).isEqualTo(OutboxState.QUARANTINED);
                assertThat(e.reason()).isEqualTo(OutboxBackfillMigration.LOST);
            });
            assertThat(core.outbox().find(3)).map(OutboxEntry::state).contains(OutboxState.ACKNOWLEDGED);
        }
    }
}
