package id.loket.core.sync;

import id.loket.core.application.Application;
import id.loket.core.audit.AuditEntry;
import id.loket.core.outbox.OutboxState;
import id.loket.core.store.Ids;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.TransitionContext;
import id.loket.core.workflow.Workflow;
import id.loket.core.workflow.ActorRole;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.StatusEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CentreDecisionsTest {

    @TempDir
    Path dir;
    private SyncFixture f;
    private CentreDecisions decisions;

    @BeforeEach
    void open() {
        f = new SyncFixture(dir);
        decisions = f.sync().decisions();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private StatusEvent event(long cursor, UUID record, Decision decision, String reason) {
        return new StatusEvent(cursor, record, decision, reason, f.now());
    }

    private ApplicationState stateOf(UUID id) {
        return f.core.applications().find(id).orElseThrow().state();
    }

    private List<AuditEntry> centreEntries() {
        return f.core.audit().entries().stream().filter(e -> e.actor().equals("centre")).toList();
    }

    @Test
    void anApprovalMovesTheApplicationAdvancesTheCursorAuditsAndConfirmsTheOutboxRow() {
        Application app = f.finalised();
        f.sync().delivery().acknowledgeUpTo(1);
        assertThat(decisions.apply(event(7, app.id(), Decision.APPROVED, null))).isEqualTo(DecisionOutcome.APPLIED);

        assertThat(stateOf(app.id())).isEqualTo(ApplicationState.APPROVED);
        assertThat(decisions.cursor()).isEqualTo(7);
        assertThat(f.core.outbox().forRecord(app.id())).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(OutboxState.CONFIRMED));
        assertThat(centreEntries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("application.centre.approved");
            assertThat(e.subject()).isEqualTo(app.id().toString());
            assertThat(e.details()).containsEntry("feedCursor", "7").containsEntry("from", "FINALISED");
        });
        assertThat(f.core.audit().verify().ok()).isTrue();
        Application approved = f.core.applications().find(app.id()).orElseThrow();
        assertThat(Workflow.check(approved, ApplicationState.PRINTED,
                TransitionContext.of("petugas1", ActorRole.OFFICER, f.clock)).allowed())
                .as("approval plus payment allows printing at the office").isTrue();
    }

    @Test
    void aRepeatedFeedAppliesEachDecisionOnce() {
        Application app = f.finalised();
        StatusEvent approved = event(3, app.id(), Decision.APPROVED, null);
        assertThat(decisions.apply(approved)).isEqualTo(DecisionOutcome.APPLIED);
        assertThat(decisions.apply(approved)).isEqualTo(DecisionOutcome.ALREADY_APPLIED);
        assertThat(decisions.apply(event(2, app.id(), Decision.REJECTED, "old"))).isEqualTo(DecisionOutcome.ALREADY_APPLIED);
        assertThat(decisions.apply(event(4, app.id(), Decision.APPROVED, null)))
                .as("the same decision again at a new position").isEqualTo(DecisionOutcome.ALREADY_APPLIED);
        assertThat(stateOf(app.id())).isEqualTo(ApplicationState.APPROVED);
        assertThat(centreEntries()).hasSize(1);
        assertThat(decisions.cursor()).isEqualTo(4);
    }

    @Test
    void aRejectionKeepsItsReasonAndAPrintFollowsAnApproval() {
        Application rejected = f.finalised();
        Application printed = f.finalised();
        decisions.apply(event(1, rejected.id(), Decision.REJECTED, "dokumen pendukung tidak sah"));
        decisions.apply(event(2, printed.id(), Decision.APPROVED, null));
        assertThat(decisions.apply(event(3, printed.id(), Decision.PRINTED, null))).isEqualTo(DecisionOutcome.APPLIED);

        assertThat(stateOf(rejected.id())).isEqualTo(ApplicationState.REJECTED);
        assertThat(decisions.latestFor(rejected.id())).hasValueSatisfying(d -> {
            assertThat(d.decision()).isEqualTo(Decision.REJECTED);
            assertThat(d.reason()).isEqualTo("dokumen pendukung tidak sah");
            assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPLIED);
        });
        assertThat(centreEntries().getFirst().details()).containsEntry("reason", "dokumen pendukung tidak sah");
        assertThat(stateOf(printed.id())).isEqualTo(ApplicationState.PRINTED);
    }

    @Test
    void aDecisionTheWorkflowRefusesIsRecordedAndAuditedButDoesNotBlockTheFeed() {
        Application app = f.finalised();
        UUID stranger = Ids.uuidV7();
        assertThat(decisions.apply(event(1, app.id(), Decision.PRINTED, null))).isEqualTo(DecisionOutcome.NOT_APPLIED);
        assertThat(decisions.apply(event(2, stranger, Decision.APPROVED, null))).isEqualTo(DecisionOutcome.NOT_APPLIED);
        assertThat(decisions.apply(event(3, app.id(), Decision.APPROVED, null))).isEqualTo(DecisionOutcome.APPLIED);

        assertThat(decisions.cursor()).isEqualTo(3);
        assertThat(decisions.latestFor(stranger)).hasValueSatisfying(d -> assertThat(d.note()).contains("no application"));
        assertThat(centreEntries()).extracting(AuditEntry::action)
                .containsExactly("sync.decision.notApplied", "sync.decision.notApplied", "application.centre.approved");
        assertThat(centreEntries().getFirst().details().get("note")).contains("not approved");
    }

    @Test
    void aFailureRollsBackTheDecisionTheCursorAndTheConfirmationTogether() {
        Application app = f.finalised();
        f.core.store().inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER fail_decision BEFORE INSERT ON centre_decision FOR EACH ROW "
                        + "CALL 'id.loket.core.application.FailingTrigger'");
            }
            return null;
        });
        assertThatThrownBy(() -> decisions.apply(event(5, app.id(), Decision.APPROVED, null)))
                .hasStackTraceContaining("injected failure");
        assertThat(stateOf(app.id())).isEqualTo(ApplicationState.FINALISED);
        assertThat(decisions.cursor()).isZero();
        assertThat(f.core.outbox().forRecord(app.id()).getFirst().state()).isEqualTo(OutboxState.PENDING);
        assertThat(centreEntries()).isEmpty();
    }
}
