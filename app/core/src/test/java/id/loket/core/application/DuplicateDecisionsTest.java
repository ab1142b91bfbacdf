package id.loket.core.application;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.audit.AuditEntry;
import id.loket.core.name.search.ApplicationSearch;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.Fixtures;
import id.loket.core.workflow.WorkflowRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static id.loket.core.application.ApplicationServiceTest.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuplicateDecisionsTest {

    @TempDir
    Path dir;
    private CoreServices core;
    private DuplicateDecisions decisions;

    @BeforeEach
    void open() {
        core = TestStores.open(dir);
        core.deviceProfiles().save("DPS", 3);
        decisions = new DuplicateDecisions(core.store(), core.applications(), core.audit(), Fixtures.CLOCK);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aDecisionIsAuditedWithBothIdsAndTheOfficer() {
        Application existing = TestStores.finalisableDraft(core.blobs());
        Application captured = Fixtures.emptyDraft();
        AuditEntry entry = decisions.record(captured.id(), existing.id(), false, OFFICER, Map.of("score", "0.97"));
        assertThat(entry.action()).isEqualTo(DuplicateDecisions.DIFFERENT_PERSON);
        assertThat(entry.actor()).isEqualTo("petugas1");
        assertThat(entry.subject()).isEqualTo(captured.id().toString());
        assertThat(entry.details()).containsEntry("candidate", existing.id().toString()).containsEntry("score", "0.97");
        assertThat(decisions.record(captured.id(), existing.id(), true, OFFICER, Map.of()).action())
                .isEqualTo(DuplicateDecisions.SAME_PERSON);
        assertThat(core.audit().verify().ok()).isTrue();
    }

    @Test
    void cancellingADuplicateDraftRecordsTheReasonAndLeavesTheIndexShowingItCancelled() {
        Application existing = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(existing);
        Application done = core.applicationService().finalise(existing.id(), OFFICER);
        Application twin = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(twin);

        Application cancelled = decisions.cancelDuplicate(twin.id(), done.id(), "  pemohon sama  ", OFFICER);
        assertThat(cancelled.state()).isEqualTo(ApplicationState.CANCELLED);
        assertThat(core.applications().find(twin.id())).contains(cancelled);
        assertThat(cancelled.cancellationReason()).isEqualTo("pemohon sama");
        AuditEntry last = core.audit().entries().getLast();
        assertThat(last.action()).isEqualTo(DuplicateDecisions.CANCELLED);
        assertThat(last.details()).containsEntry("duplicateOf", done.id().toString());
        assertThat(new ApplicationSearch(core.store()).byNik(twin.applicant().nik()))
                .anySatisfy(h -> assertThat(h.state()).isEqualTo(ApplicationState.CANCELLED));

        // the existing application is never the one cancelled, and a reason is required
        assertThatThrownBy(() -> decisions.cancelDuplicate(done.id(), twin.id(), "x", OFFICER))
                .isInstanceOf(WorkflowRefusal.class);
        Application other = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(other);
        assertThatThrownBy(() -> decisions.cancelDuplicate(other.id(), done.id(), " ", OFFICER))
                .isInstanceOf(WorkflowRefusal.class);
        assertThat(core.applications().find(other.id()).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
    }
}
