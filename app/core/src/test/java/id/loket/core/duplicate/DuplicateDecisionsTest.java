package id.loket.core.duplicate;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.application.Application;
import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.name.search.ApplicationSearch;
import id.loket.core.queue.QueueCalls;
import id.loket.core.queue.Ticket;
import id.loket.core.queue.TicketState;
import id.loket.core.store.Ids;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.Fixtures;
import id.loket.core.workflow.WorkflowRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuplicateDecisionsTest {

    private static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "I Made Sudarsana", Role.OFFICER, true);

    @TempDir
    Path dir;
    private CoreServices core;
    private DuplicateDecisions decisions;

    @BeforeEach
    void open() {
        core = TestStores.open(dir);
        core.deviceProfiles().save("DPS", 3);
        decisions = decisions(core);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static DuplicateDecisions decisions(CoreServices core) {
        return new DuplicateDecisions(core.store(), core.applications(), core.queue().calls(), core.audit(),
                Fixtures.CLOCK);
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
    void aDifferentPersonDecisionSurvivesARestartAndSettlesThePairInBothDirections() {
        UUID captured = Ids.uuidV7();
        UUID different = Ids.uuidV7();
        UUID same = Ids.uuidV7();
        UUID reconsidered = Ids.uuidV7();
        decisions.record(captured, different, false, OFFICER, Map.of());
        decisions.record(captured, same, true, OFFICER, Map.of());
        decisions.record(captured, reconsidered, true, OFFICER, Map.of());
        decisions.record(captured, reconsidered, false, OFFICER, Map.of());

        core.close();
        core = TestStores.open(dir);
        DuplicateDecisions reopened = decisions(core);
        assertThat(reopened.judgedDifferent(captured)).containsExactlyInAnyOrder(different, reconsidered);
        assertThat(reopened.judgedDifferent(different)).containsExactly(captured);
        assertThat(reopened.judgedDifferent(same)).isEmpty();
        assertThat(reopened.judgedDifferent(Ids.uuidV7())).isEmpty();
        assertThat(core.audit().entries()).extracting(AuditEntry::action).containsExactly(
                DuplicateDecisions.DIFFERENT_PERSON, DuplicateDecisions.SAME_PERSON, DuplicateDecisions.SAME_PERSON,
                DuplicateDecisions.DIFFERENT_PERSON);
        assertThat(core.audit().verify().ok()).isTrue();
    }

    @Test
    void aDecisionIsNotStoredWhenItsAuditEntryCannotBeWritten() {
        UUID captured = Ids.uuidV7();
        UUID candidate = Ids.uuidV7();
        // details with a null key: the decision row is written first, then the audit entry fails
        Map<String, String> unwritable = new HashMap<>();
        unwritable.put(null, "x");
        assertThatThrownBy(() -> decisions.record(captured, candidate, false, OFFICER, unwritable))
                .isInstanceOf(NullPointerException.class);
        assertThat(decisions.judgedDifferent(captured)).isEmpty();
        assertThat(core.audit().entries()).isEmpty();
    }

    @Test
    void cancellingADuplicateMovesTheQueueTicketToTheExistingApplicationAndAuditsIt() {
        Application existing = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(existing);
        Application done = core.applicationService().finalise(existing.id(), OFFICER);
        Application twin = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(twin);
        QueueCalls calls = core.queue().calls();
        Ticket ticket = core.queue().tickets().issue(Lane.WALK_IN, OFFICER);
        calls.callNext(Lane.WALK_IN, OFFICER);
        calls.linkApplication(ticket.id(), twin.id(), OFFICER);
        Ticket other = core.queue().tickets().issue(Lane.WALK_IN, OFFICER);
        calls.callNext(Lane.WALK_IN, OFFICER);
        UUID otherApplication = Ids.uuidV7();
        calls.linkApplication(other.id(), otherApplication, OFFICER);

        // a refused cancel leaves the ticket where it was
        assertThatThrownBy(() -> decisions.cancelDuplicate(twin.id(), done.id(), " ", OFFICER))
                .isInstanceOf(WorkflowRefusal.class);
        assertThat(core.queue().tickets().find(ticket.id()).orElseThrow().applicationId()).isEqualTo(twin.id());

        decisions.cancelDuplicate(twin.id(), done.id(), "pemohon sama", OFFICER);
        Ticket moved = core.queue().tickets().find(ticket.id()).orElseThrow();
        assertThat(moved.applicationId()).isEqualTo(done.id());
        assertThat(moved.state()).isEqualTo(TicketState.SERVING);
        assertThat(core.queue().tickets().find(other.id()).orElseThrow().applicationId()).isEqualTo(otherApplication);
        AuditEntry last = core.audit().entries().getLast();
        assertThat(last.action()).isEqualTo("queue.application-relinked");
        assertThat(last.subject()).isEqualTo(ticket.number());
        assertThat(last.details()).containsEntry("ticketId", ticket.id().toString())
                .containsEntry("fromApplicationId", twin.id().toString())
                .containsEntry("applicationId", done.id().toString())
                .containsEntry("state", "SERVING");
        assertThat(core.audit().entries()).extracting(AuditEntry::action)
                .containsSubsequence(DuplicateDecisions.CANCELLED, "queue.application-relinked");
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
