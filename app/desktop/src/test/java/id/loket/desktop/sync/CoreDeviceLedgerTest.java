package id.loket.desktop.sync;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.workflow.ApplicationState;
import id.loket.desktop.support.TestCore;
import id.loket.sync.agent.DrainReport;
import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.enroll.DeviceEnrollment;
import id.loket.sync.agent.ledger.DecisionOutcome;
import id.loket.sync.agent.ledger.DeviceCredentials;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.ledger.RecordState;
import id.loket.sync.agent.ledger.RecordTransition;
import id.loket.sync.agent.ledger.UploadProgress;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.security.RequestSigning;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.StatusEvent;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agent's port over a real, encrypted store in a temporary directory. */
class CoreDeviceLedgerTest {

    @TempDir
    Path home;
    private CoreServices core;
    private CoreDeviceLedger ledger;

    @BeforeEach
    void open() {
        core = TestCore.open(home);
        ledger = new CoreDeviceLedger(core);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void credentialsNeedTheDeviceSetUpAndTheEnrolmentSignsWithTheSameKeyAfterReopening() {
        assertThatThrownBy(ledger::credentials).isInstanceOf(IllegalStateException.class);
        SyncFixtures.setUp(core);
        DeviceCredentials credentials = ledger.credentials();
        assertThat(credentials.deviceId()).isEqualTo(core.deviceProfiles().current().orElseThrow().deviceId().toString());
        assertThat(credentials.officeCode()).isEqualTo("DPS");
        assertThat(ledger.enrolment()).isEmpty();
        ledger.enrolled("http://127.0.0.1:9/", Instant.parse("2026-11-23T02:00:00Z"));
        core.close();
        core = TestCore.open(home);
        ledger = new CoreDeviceLedger(core);
        var enrolment = ledger.enrolment().orElseThrow();
        assertThat(enrolment.centreBaseUrl()).isEqualTo("http://127.0.0.1:9/");
        byte[] payload = RequestSigning.payload("GET", "/v1/status", enrolment.deviceId(), "t", "h");
        assertThat(RequestSigning.verify(credentials.publicKey(), payload,
                RequestSigning.sign(enrolment.signingKey(), payload))).isTrue();
    }

    @Test
    void outgoingRecordsCarryTheFinalisedJsonAndTheirImagesAndMoveThroughTheStates() {
        SyncFixtures.setUp(core);
        Application first = SyncFixtures.finalised(core);
        SyncFixtures.finalised(core);
        SyncFixtures.finalised(core);
        OutgoingRecord record = ledger.outgoing(0, 10).getFirst();
        assertThat(record.recordId()).isEqualTo(first.id());
        assertThat(record.payload().getBytes(StandardCharsets.UTF_8)).isEqualTo(CanonicalJson.bytes(first));
        assertThat(record.recordHash()).isEqualTo(Sha256.hex(CanonicalJson.bytes(first)));
        assertThat(record.blobHashes()).hasSize(3).allSatisfy(h -> {
            assertThat(ledger.blob(h)).hasValueSatisfying(b -> assertThat(Sha256.hex(b.data())).isEqualTo(h));
            assertThat(ledger.blobSize(h)).hasValue(ledger.blob(h).orElseThrow().size());
        });
        assertThat(ledger.blob(record.blobHashes().getFirst()).orElseThrow().mediaType()).startsWith("image/");
        assertThat(ledger.blob("0".repeat(64))).isEmpty();

        ledger.transition(List.of(RecordTransition.quarantine(1, "CONFLICT: held with another hash"),
                RecordTransition.to(2, RecordState.BLOBS_SENT), RecordTransition.to(2, RecordState.SENT)));
        assertThat(ledger.outgoing(0, 10)).extracting(OutgoingRecord::deviceSeq).containsExactly(2L, 3L);
        assertThat(ledger.outgoing(0, 10).getFirst().state()).isEqualTo(RecordState.SENT);
        assertThat(ledger.quarantined()).singleElement()
                .satisfies(q -> assertThat(q.reason()).isEqualTo("CONFLICT: held with another hash"));
        assertThat(ledger.acknowledgeUpTo(2)).isEqualTo(1);
        assertThat(ledger.outgoing(0, 10)).extracting(OutgoingRecord::deviceSeq).containsExactly(3L);
        assertThatThrownBy(() -> ledger.transition(List.of(RecordTransition.to(2, RecordState.PENDING))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ledger.summary().quarantined()).isEqualTo(1);
        assertThat(ledger.summary().pendingRecords()).isEqualTo(1);
    }

    @Test
    void uploadsDecisionsAndAttemptsArePersisted() {
        SyncFixtures.setUp(core);
        Application app = SyncFixtures.finalised(core);
        String hash = ledger.outgoing(0, 1).getFirst().blobHashes().getFirst();
        long before = ledger.summary().bytesLeft();
        ledger.saveUpload(new UploadProgress(hash, "/v1/uploads/u1", 1_000, 600));
        assertThat(ledger.upload(hash)).contains(new UploadProgress(hash, "/v1/uploads/u1", 1_000, 600));
        assertThat(ledger.uploads(java.util.List.of(hash, "f".repeat(64))))
                .containsExactly(java.util.Map.entry(hash, new UploadProgress(hash, "/v1/uploads/u1", 1_000, 600)));
        assertThat(ledger.summary().bytesLeft()).isEqualTo(before - 600);
        ledger.forgetUpload(hash);
        assertThat(ledger.upload(hash)).isEmpty();

        StatusEvent approved = new StatusEvent(4, app.id(), Decision.APPROVED, null, Instant.EPOCH);
        assertThat(ledger.applyDecision(approved)).isEqualTo(DecisionOutcome.APPLIED);
        assertThat(ledger.applyDecision(approved)).isEqualTo(DecisionOutcome.ALREADY_APPLIED);
        assertThat(ledger.statusCursor()).isEqualTo(4);
        assertThat(core.applications().find(app.id()).orElseThrow().state()).isEqualTo(ApplicationState.APPROVED);

        ledger.recordAttempt(TestCore.CLOCK.instant(), "offline");
        assertThat(ledger.summary().lastErrorCode()).isEqualTo("offline");
        ledger.recordAttempt(TestCore.CLOCK.instant(), null);
        assertThat(ledger.summary().lastSuccessAt()).isEqualTo(TestCore.CLOCK.instant());
    }

    @Test
    void theAgentDeliversFromTheRealStoreToACentre() throws IOException {
        SyncFixtures.setUp(core);
        Application app = SyncFixtures.finalised(core);
        SyncFixtures.finalised(core);
        OkHttpClient http = SyncWiring.httpClient();
        try (MiniCentre centre = new MiniCentre()) {
            DeviceEnrollment.enroll(ledger, http, HttpUrl.get(centre.url()), MiniCentre.TOKEN, TestCore.CLOCK);
            try (SyncAgent agent = SyncWiring.agent(core, http, TestCore.CLOCK)) {
                DrainReport first = agent.drainOnce();
                assertThat(first.count(Outcome.ACCEPTED)).isEqualTo(2);
                assertThat(first.blobsUploaded()).isEqualTo(6);
                centre.events.add(new StatusEvent(1, app.id(), Decision.APPROVED, null, Instant.EPOCH));
                DrainReport second = agent.drainOnce();
                assertThat(second.decisions()).isEqualTo(1);
            }
            assertThat(centre.refusedSignatures).isEmpty();
            assertThat(centre.records).containsEntry(app.id(), Sha256.hex(CanonicalJson.bytes(app)));
            assertThat(core.applications().find(app.id()).orElseThrow().state()).isEqualTo(ApplicationState.APPROVED);
            assertThat(core.outbox().forRecord(app.id()).getFirst().state().name()).isEqualTo("CONFIRMED");
            assertThat(ledger.summary().pendingRecords()).isZero();
            assertThat(ledger.summary().bytesLeft()).isZero();
        } finally {
            SyncWiring.shutdown(http);
        }
    }
}
