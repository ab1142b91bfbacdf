package id.loket.sync.agent;

import id.loket.sync.agent.upload.BlobUploader;
import id.loket.sync.agent.support.RequestLog;

import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.http.HostileReplyException;
import id.loket.sync.agent.ledger.DecisionOutcome;
import id.loket.sync.agent.ledger.RecordState;
import id.loket.sync.agent.support.FakeCentre;
import id.loket.sync.agent.support.Harness;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Gzip;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.StatusEvent;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole drains of the outbox against the fake centre: outcomes, quarantine, missing images, reconciliation. */
class DrainTest {

    @RegisterExtension
    final Harness h = new Harness();
    private final Random random = new Random(11);


    private byte[] image() {
        byte[] data = new byte[3000];
        random.nextBytes(data);
        return data;
    }

    private long queue() {
        return h.ledger.queue(image(), image());
    }

    private BatchEnvelope sentBatch(int index) throws IOException {
        byte[] gz = h.requests("POST", "/v1/batches").get(index).getBody().toByteArray();
        return h.centre.mapper.readValue(Gzip.decompress(new ByteArrayInputStream(gz), 1 << 24), BatchEnvelope.class);
    }

    @Test
    void uploadsImagesThenSendsTheRecordsInBatchesOfFiftyAndAcknowledgesThem() throws IOException {
        for (int i = 0; i < 55; i++) {
            h.ledger.queue(image());
        }
        DrainReport report = h.agent().drainOnce();
        assertThat(report.count(Outcome.ACCEPTED)).isEqualTo(55);
        assertThat(report.blobsUploaded()).isEqualTo(55);
        assertThat(report.complete()).isTrue();
        assertThat(h.ledger.rows.values()).allSatisfy(r -> assertThat(r.state()).isEqualTo(RecordState.ACKNOWLEDGED));
        assertThat(h.requests("POST", "/v1/batches")).hasSize(2);
        BatchEnvelope first = sentBatch(0);
        assertThat(first.records()).hasSize(50);
        assertThat(first.firstSeq()).isEqualTo(1);
        assertThat(first.lastSeq()).isEqualTo(50);
        assertThat(first.deviceId()).isEqualTo(h.ledger.deviceId);
        assertThat(first.records().getFirst().recordHash())
                .isEqualTo(Sha256.hex(h.ledger.rows.get(1L).payload().getBytes()));
        assertThat(h.centre.signatureFailures).isEmpty();
        assertThat(h.ledger.summary().pendingRecords()).isZero();
        assertThat(h.ledger.lastSuccess).isEqualTo(h.clock.instant());
    }

    @Test
    void aQuarantinedRecordNeverBlocksTheRest() throws IOException {
        long one = queue();
        long two = queue();
        long three = queue();
        h.centre.forcedOutcomes.put(h.ledger.rows.get(two).recordId(), Outcome.CONFLICT);
        DrainReport report = h.agent().drainOnce();
        assertThat(report.count(Outcome.CONFLICT)).isEqualTo(1);
        assertThat(h.ledger.state(one)).isEqualTo(RecordState.ACKNOWLEDGED);
        assertThat(h.ledger.state(two)).isEqualTo(RecordState.QUARANTINED);
        assertThat(h.ledger.state(three)).isEqualTo(RecordState.ACKNOWLEDGED);
        assertThat(h.ledger.reasons.get(two)).isEqualTo("CONFLICT record-conflict: injected CONFLICT");

        long four = queue();
        h.agent().drainOnce();
        assertThat(h.ledger.state(four)).isEqualTo(RecordState.ACKNOWLEDGED);
        assertThat(sentBatch(1).records()).extracting(r -> r.deviceSeq()).containsExactly(four);
    }

    @Test
    void imagesTheCentreLostAreUploadedAgainAndTheRecordResentInTheSameDrain() throws IOException {
        long seq = queue();
        String lost = h.ledger.rows.get(seq).blobHashes().getFirst();
        h.ledger.uploads.put(lost, id.loket.sync.agent.ledger.UploadProgress.atCentre(lost, null, 3000));
        DrainReport report = h.agent().drainOnce();
        assertThat(report.count(Outcome.MISSING_BLOBS)).isEqualTo(1);
        assertThat(report.count(Outcome.ACCEPTED)).isEqualTo(1);
        assertThat(report.complete()).isTrue();
        assertThat(h.centre.blobs).containsKey(lost);
        assertThat(h.ledger.state(seq)).isEqualTo(RecordState.ACKNOWLEDGED);
        assertThat(h.requests("POST", "/v1/batches")).hasSize(2);
    }

    @Test
    void recordsTheCentreAlreadyHoldsAreAcknowledgedNotResentAndDecisionsApplyOnce() throws IOException {
        long one = queue();
        long two = queue();
        long three = queue();
        h.centre.heldSeqs.addAll(List.of(one, two));
        h.centre.events.add(new StatusEvent(1, h.ledger.rows.get(one).recordId(), Decision.APPROVED, null, Instant.EPOCH));
        DrainReport report = h.agent().drainOnce();
        assertThat(report.reconciled()).isEqualTo(2);
        assertThat(report.decisions()).isEqualTo(1);
        assertThat(h.ledger.state(one)).isEqualTo(RecordState.CONFIRMED);
        assertThat(h.ledger.state(two)).isEqualTo(RecordState.ACKNOWLEDGED);
        assertThat(sentBatch(0).records()).extracting(r -> r.deviceSeq()).containsExactly(three);

        h.agent().drainOnce();
        assertThat(h.ledger.decisions.get(h.ledger.rows.get(one).recordId())).hasSize(1);
        assertThat(h.ledger.applyDecision(h.centre.events.getFirst())).isEqualTo(DecisionOutcome.ALREADY_APPLIED);
        assertThat(h.requests("GET", "/v1/status").getLast().getTarget()).startsWith("/v1/status?after=1&");
    }

    @Test
    void aHostileBatchReplyChangesNothingAndTheRecordsAreSentAgainLater() throws IOException {
        long one = queue();
        long two = queue();
        h.centre.fault(FakeCentre.is("POST", "/v1/batches"), r -> FakeCentre.json(200, new BatchReply(null,
                Instant.EPOCH, List.of(new RecordResult(java.util.UUID.randomUUID(), one, Outcome.ACCEPTED, "R", null,
                        null, null, List.of()), new RecordResult(h.ledger.rows.get(two).recordId(), two,
                        Outcome.ACCEPTED, "R", null, null, null, List.of())))), false);
        assertThatThrownBy(() -> h.agent().drainOnce()).isInstanceOf(HostileReplyException.class)
                .hasMessageContaining("not sent");
        assertThat(h.ledger.state(one)).isEqualTo(RecordState.PENDING);
        assertThat(h.ledger.state(two)).isEqualTo(RecordState.PENDING);
        assertThat(h.ledger.commits).as("nothing is committed before the answer is checked").isEmpty();
        assertThat(h.ledger.lastError).isEqualTo("hostile-reply");

        h.centre.fault(FakeCentre.is("POST", "/v1/batches"), r -> new MockResponse.Builder().code(200)
                .body("{\"results\":[]}").build(), false);
        assertThatThrownBy(() -> h.agent().drainOnce()).hasMessageContaining("0 results for 2 records");
        h.agent().drainOnce();
        assertThat(h.ledger.state(one)).isEqualTo(RecordState.ACKNOWLEDGED);
        assertThat(h.ledger.state(two)).isEqualTo(RecordState.ACKNOWLEDGED);
    }

    @Test
    void aDamagedPayloadOrAMissingImageIsQuarantinedLocallyAndTheRestGoes() throws IOException {
        long damaged = queue();
        long imageless = queue();
        long fine = queue();
        var row = h.ledger.rows.get(damaged);
        h.ledger.rows.put(damaged, new id.loket.sync.agent.ledger.OutgoingRecord(damaged, row.recordId(), row.kind(),
                row.recordHash(), row.payload().replace("images", "imagez"), row.blobHashes(), row.state(),
                row.capturedAt()));
        h.ledger.blobs.remove(h.ledger.rows.get(imageless).blobHashes().getLast());
        DrainReport report = h.agent().drainOnce();
        assertThat(report.quarantinedLocally()).isEqualTo(2);
        assertThat(h.ledger.state(damaged)).isEqualTo(RecordState.QUARANTINED);
        assertThat(h.ledger.reasons.get(damaged)).startsWith("payload damaged");
        assertThat(h.ledger.reasons.get(imageless)).contains("missing or damaged on this device");
        assertThat(h.ledger.state(fine)).isEqualTo(RecordState.ACKNOWLEDGED);
    }

    @Test
    void theNextRoundsImagesAreReadWhileABatchIsAtTheCentreYetNeverMoreThanTwoRequestsAreOnTheWire() throws IOException {
        for (int i = 0; i < 120; i++) {
            h.ledger.queue(image());
        }
        java.util.concurrent.atomic.AtomicInteger onTheWire = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        okhttp3.OkHttpClient counted = h.http.newBuilder().addNetworkInterceptor(chain -> {
            most.accumulateAndGet(onTheWire.incrementAndGet(), Math::max);
            try {
                return chain.proceed(chain.request());
            } finally {
                onTheWire.decrementAndGet();
            }
        }).build();
        List<Integer> readsWhileFirstBatchAtCentre = new java.util.concurrent.CopyOnWriteArrayList<>();
        h.centre.fault(FakeCentre.is("POST", "/v1/batches"), r -> {
            // hold the first batch until the device has read images of the second round (50 + 1)
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (h.ledger.blobReads.get() <= 50 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            readsWhileFirstBatchAtCentre.add(h.ledger.blobReads.get());
            return h.centre.handle(r);
        }, false);

        DrainReport report = new SyncAgent(h.ledger, counted, h.settings()).drainOnce();

        assertThat(readsWhileFirstBatchAtCentre).singleElement().as("images read while round 1's batch was at the centre")
                .satisfies(reads -> assertThat(reads).isGreaterThan(50));
        assertThat(most.get()).as("requests on the wire at once").isBetween(1, BlobUploader.DRAIN_REQUESTS);
        assertThat(report.count(Outcome.ACCEPTED)).isEqualTo(120);
        assertThat(h.requests("POST", "/v1/batches")).hasSize(3);
        assertThat(h.ledger.rows.values()).allSatisfy(r -> assertThat(r.state()).isEqualTo(RecordState.ACKNOWLEDGED));
    }

    @Test
    void aFailedBatchStopsTheLaneSoNothingStartsAfterItsReplyArrived() {
        for (int i = 0; i < 60; i++) {
            h.ledger.queue(image());
        }
        h.centre.fault(FakeCentre.is("POST", "/v1/batches"), r -> FakeCentre.error(503, ErrorCode.RETRY_LATER)
                .newBuilder().addHeader("Retry-After", "30").build(), true);
        RequestLog log = new RequestLog();

        assertThatThrownBy(() -> new SyncAgent(h.ledger, log.on(h.http), h.settings()).drainOnce())
                .isInstanceOf(CentreException.class);

        RequestLog.Entry refused = log.firstAnswered(503);
        assertThat(refused.request()).isEqualTo("POST /v1/batches");
        assertThat(log.startedAfter(refused.answeredNanos())).as("requests started once the 503 was in").isEmpty();
        assertThat(h.requests("POST", "/v1/batches")).hasSize(1);
        assertThat(h.ledger.rows.values().stream().filter(r -> r.state() == RecordState.ACKNOWLEDGED)).isEmpty();
    }

    @Test
    void twoPacksAreOnTheWireAtOnceAndAFailedOneStopsTheRest() throws IOException {
        for (int i = 0; i < 50; i++) {
            h.ledger.queue(bigImage());
        }
        RequestLog log = new RequestLog();
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Long> startedWhileFirstHeld = new java.util.concurrent.CopyOnWriteArrayList<>();
        h.centre.fault(FakeCentre.is("POST", "/v1/blob-packs"), r -> {
            if (first.getAndSet(false)) {
                // hold the first pack at the centre until the device has started the second
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (log.started("POST /v1/blob-packs") < 2 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                startedWhileFirstHeld.add(log.started("POST /v1/blob-packs"));
                return FakeCentre.error(503, ErrorCode.RETRY_LATER).newBuilder().addHeader("Retry-After", "30").build();
            }
            return h.centre.handle(r);
        }, false);

        assertThatThrownBy(() -> new SyncAgent(h.ledger, log.on(h.http), h.settings()).drainOnce())
                .isInstanceOf(CentreException.class);

        assertThat(startedWhileFirstHeld).as("packs started while the first was held at the centre").containsExactly(2L);
        RequestLog.Entry refused = log.firstAnswered(503);
        assertThat(refused.request()).isEqualTo("POST /v1/blob-packs");
        assertThat(log.startedAfter(refused.answeredNanos())).as("requests started once the 503 was in").isEmpty();
        assertThat(h.requests("POST", "/v1/batches")).isEmpty();
    }

    @Test
    void theRoundsBatchesLeaveOneAfterAnotherEvenWhenALaterRoundHasNoImagesToWaitFor() throws IOException {
        for (int i = 0; i < 50; i++) {
            h.ledger.queue(image());
        }
        for (int i = 0; i < 10; i++) {
            h.ledger.queue();
        }
        h.centre.fault(FakeCentre.is("POST", "/v1/batches"), r -> {
            try {
                Thread.sleep(300); // the first round's batch takes its time at the centre
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return h.centre.handle(r);
        }, false);
        RequestLog log = new RequestLog();

        DrainReport report = new SyncAgent(h.ledger, log.on(h.http), h.settings()).drainOnce();

        List<RequestLog.Entry> batches = log.answered("POST /v1/batches");
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).startedNanos()).as("the second round's batch left after the first's answer")
                .isGreaterThan(batches.get(0).answeredNanos());
        assertThat(report.count(Outcome.ACCEPTED)).isEqualTo(60);
    }

    private byte[] bigImage() {
        byte[] data = new byte[40_000];
        random.nextBytes(data);
        return data;
    }

    @Test
    void aRoundCostsOneDeviceCommitAfterTheAnswerImagesSentSentAndAcknowledgedTogether() throws IOException {
        for (int i = 0; i < 3; i++) {
            queue();
        }

        h.agent().drainOnce();

        assertThat(h.ledger.commits).containsExactly(
                List.of(RecordState.BLOBS_SENT, RecordState.BLOBS_SENT, RecordState.BLOBS_SENT,
                        RecordState.SENT, RecordState.SENT, RecordState.SENT,
                        RecordState.ACKNOWLEDGED, RecordState.ACKNOWLEDGED, RecordState.ACKNOWLEDGED));
        assertThat(h.ledger.rows.values()).allSatisfy(r -> assertThat(r.state()).isEqualTo(RecordState.ACKNOWLEDGED));
    }
}
