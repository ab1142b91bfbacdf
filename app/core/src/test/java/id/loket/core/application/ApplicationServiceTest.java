package id.loket.core.application;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.audit.AuditEntry;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.outbox.OutboxState;
import id.loket.core.outage.CentreContact;
import id.loket.core.store.Ids;
import id.loket.core.store.StoreException;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.Fixtures;
import id.loket.core.workflow.WorkflowRefusal;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationServiceTest {

    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "I Made Sudarsana", Role.OFFICER, true);

    @TempDir
    Path dir;
    private CoreServices core;

    @BeforeEach
    void open() {
        core = TestStores.open(dir);
        core.deviceProfiles().save("DPS", 3);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void sameDayExpressIsNotFinalisedWhileTheCentreIsUnreachableBeyondTheThreshold() {
        Application express = TestStores.finalisableDraft(core.blobs()).withService(ServiceLevel.EXPRESS);
        core.applications().saveDraft(express);
        core.outage().report(new CentreContact(true, false, Fixtures.NOW.minus(Duration.ofMinutes(10))));
        assertThat(core.applicationService().finalise(express.id(), OFFICER).state())
                .as("10 minutes without the centre is not yet an outage").isEqualTo(ApplicationState.FINALISED);

        Application second = TestStores.finalisableDraft(core.blobs()).withService(ServiceLevel.EXPRESS);
        core.applications().saveDraft(second);
        core.outage().report(new CentreContact(true, false, Fixtures.NOW.minus(Duration.ofMinutes(16))));
        int audited = core.audit().entries().size();
        assertThatThrownBy(() -> core.applicationService().finalise(second.id(), OFFICER))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.reasons())
                        .extracting(m -> m.key()).containsExactly("outage.express.refused"));
        assertThat(core.applications().find(second.id()).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(core.audit().entries()).hasSize(audited);
        assertThat(core.outbox().pending()).hasSize(1);

        Application regular = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(regular);
        assertThat(core.applicationService().finalise(regular.id(), OFFICER).state())
                .as("regular service works offline").isEqualTo(ApplicationState.FINALISED);
        core.outage().report(new CentreContact(true, true, Fixtures.NOW));
        assertThat(core.applicationService().finalise(second.id(), OFFICER).state()).isEqualTo(ApplicationState.FINALISED);
    }

    @Test
    void finalisingAssignsAReceiptQueuesTheRecordAndAuditsIt() {
        Application draft = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(draft);
        Application done = core.applicationService().finalise(draft.id(), OFFICER);
        assertThat(done.state()).isEqualTo(ApplicationState.FINALISED);
        assertThat(done.receiptNumber()).isEqualTo("DPS-03-261123-0001");
        assertThat(done.updatedAt()).isEqualTo(Fixtures.NOW);
        assertThat(core.applications().find(draft.id())).contains(done);
        assertThat(core.applications().findByReceiptNumber("DPS-03-261123-0001")).contains(done);

        List<OutboxEntry> queued = core.outbox().pending();
        assertThat(queued).hasSize(1);
        assertThat(queued.getFirst().recordId()).isEqualTo(done.id());
        assertThat(queued.getFirst().recordHash()).isEqualTo(Sha256.hex(CanonicalJson.bytes(done)));
        assertThat(queued.getFirst().state()).isEqualTo(OutboxState.PENDING);

        AuditEntry last = core.audit().entries().getLast();
        assertThat(last.action()).isEqualTo("application.finalised");
        assertThat(last.actor()).isEqualTo("petugas1");
        assertThat(last.subject()).isEqualTo(done.id().toString());
        assertThat(last.details()).containsEntry("receiptNumber", "DPS-03-261123-0001");
        assertThat(core.audit().verify().ok()).isTrue();
    }

    @Test
    void aRefusedFinalisationChangesNothing() {
        Application incomplete = Fixtures.emptyDraft();
        core.applications().saveDraft(incomplete);
        assertThatThrownBy(() -> core.applicationService().finalise(incomplete.id(), OFFICER))
                .isInstanceOfSatisfying(WorkflowRefusal.class, e -> assertThat(e.reasons())
                        .extracting(m -> m.key()).contains("workflow.finalise.noPhoto"));
        assertNothingHappened(incomplete);
    }

    @Test
    void referencedImagesMustBeInTheStore() {
        Application fakeImages = Fixtures.completeDraft(); // hashes 'aaa…', '111…' were never stored
        core.applications().saveDraft(fakeImages);
        assertThatThrownBy(() -> core.applicationService().finalise(fakeImages.id(), OFFICER))
                .isInstanceOfSatisfying(WorkflowRefusal.class, e -> assertThat(e.reasons())
                        .extracting(m -> m.key())
                        .containsExactly("application.imageMissing.photo", "application.imageMissing.finger",
                                "application.imageMissing.finger"));
        assertNothingHappened(fakeImages);
    }

    @Test
    void unknownApplicationsAreRefused() {
        assertThatThrownBy(() -> core.applicationService().finalise(Ids.uuidV7(), OFFICER))
                .isInstanceOfSatisfying(WorkflowRefusal.class,
                        e -> assertThat(e.reasons().getFirst().key()).isEqualTo("application.unknown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"outbox", "audit_log", "application"})
    void aFailureInAnyStepRollsBackEveryStep(String table) {
        Application draft = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(draft);
        long auditBefore = core.audit().entries().size();
        sql("CREATE TRIGGER fail_" + table + " BEFORE INSERT, UPDATE ON " + table
                + " FOR EACH ROW CALL 'id.loket.core.application.FailingTrigger'");
        assertThatThrownBy(() -> core.applicationService().finalise(draft.id(), OFFICER))
                .isInstanceOf(StoreException.class).hasStackTraceContaining("injected failure");
        sql("DROP TRIGGER fail_" + table);
        assertNothingHappened(draft);
        assertThat(core.audit().entries()).hasSize((int) auditBefore);
        // the receipt number was not used up
        assertThat(core.applicationService().finalise(draft.id(), OFFICER).receiptNumber())
                .isEqualTo("DPS-03-261123-0001");
        assertThat(core.outbox().pending()).extracting(OutboxEntry::deviceSeq).containsExactly(1L);
    }

    @Test
    void concurrentFinalisationsNeverShareAReceiptOrSequence() throws Exception {
        List<Application> drafts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Application d = TestStores.finalisableDraft(core.blobs());
            core.applications().saveDraft(d);
            drafts.add(d);
        }
        List<Callable<Application>> tasks = drafts.stream()
                .<Callable<Application>>map(d -> () -> core.applicationService().finalise(d.id(), OFFICER)).toList();
        List<String> receipts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (Future<Application> f : pool.invokeAll(tasks)) {
                receipts.add(f.get().receiptNumber());
            }
        }
        assertThat(new HashSet<>(receipts)).hasSize(24);
        assertThat(receipts).allMatch(r -> r.startsWith("DPS-03-261123-00"));
        assertThat(core.outbox().pending()).extracting(OutboxEntry::deviceSeq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 24).boxed().toList());
        assertThat(core.audit().verify().ok()).isTrue();
    }

    @Test
    void aSecondFinalisationIsRefused() {
        Application draft = TestStores.finalisableDraft(core.blobs());
        core.applications().saveDraft(draft);
        core.applicationService().finalise(draft.id(), OFFICER);
        assertThatThrownBy(() -> core.applicationService().finalise(draft.id(), OFFICER))
                .isInstanceOf(WorkflowRefusal.class);
        assertThat(core.outbox().pending()).hasSize(1);
    }

    private void assertNothingHappened(Application draft) {
        Application stored = core.applications().find(draft.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(stored.receiptNumber()).isNull();
        assertThat(core.outbox().pending()).isEmpty();
        assertThat(core.audit().entries()).extracting(AuditEntry::action).doesNotContain("application.finalised");
    }

    private void sql(String statement) {
        core.store().inTransaction(c -> c.createStatement().executeUpdate(statement));
    }
}
