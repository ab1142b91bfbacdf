package id.loket.sync.central.ingest;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.TestCentral;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.ProtocolVersion;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.batch.WireRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.loket.sync.central.support.DeviceClient.error;
import static id.loket.sync.central.support.Fixtures.batch;
import static id.loket.sync.central.support.Fixtures.body;
import static id.loket.sync.central.support.Fixtures.randomBytes;
import static id.loket.sync.central.support.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

/** Batch ingest, run on H2 and on PostgreSQL; the race uses two server instances on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IngestContract {

    @RegisterExtension
    final CentralExtension central = new CentralExtension(this::database);

    abstract DatabaseSettings database();



    @Test
    void aRecordIsAcceptedOnceAndAResendIsADuplicateWithTheOriginalReceipt() throws Exception {
        DeviceClient device = central.device();
        WireRecord r = record(1);

        RecordResult accepted = only(device.batch(batch(device, r)));
        RecordResult duplicate = only(device.batch(batch(device, r)));

        assertThat(accepted.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(accepted.receipt()).isNotBlank();
        assertThat(duplicate.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(duplicate.receipt()).isEqualTo(accepted.receipt());
        assertThat(duplicate.receivedAt()).isEqualTo(accepted.receivedAt());
        StoredRecord stored = central.get().server.records().find(r.recordId()).orElseThrow();
        assertThat(stored.recordHash()).isEqualTo(r.recordHash());
        assertThat(stored.deviceId()).isEqualTo(device.deviceId());
        assertThat(stored.deviceSeq()).isEqualTo(1);
        assertThat(stored.receivedAt()).isEqualTo(accepted.receivedAt());
    }

    @Test
    void theSameIdWithAnotherHashIsAConflictAndNeverOverwrites() throws Exception {
        DeviceClient device = central.device();
        WireRecord original = record(1);
        WireRecord changed = record(original.recordId(), 1, body("Someone else"), List.of());
        device.batch(batch(device, original));

        RecordResult conflict = only(device.batch(batch(device, changed)));

        assertThat(conflict.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(conflict.code()).isEqualTo(ErrorCode.RECORD_CONFLICT);
        assertThat(conflict.message()).contains(original.recordHash());
        assertThat(central.get().server.records().find(original.recordId()).orElseThrow().recordHash())
                .isEqualTo(original.recordHash());
    }

    @Test
    void aRecordWhoseBodyDoesNotMatchItsHashIsRejectedAndNotStored() throws Exception {
        DeviceClient device = central.device();
        WireRecord good = record(1);
        WireRecord bad = new WireRecord(UUID.randomUUID(), 2, good.recordHash(), good.kind(), good.capturedAt(),
                List.of(), body("Tampered"));

        RecordResult rejected = only(device.batch(batch(device, bad)));

        assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rejected.code()).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(central.get().server.records().find(bad.recordId())).isEmpty();
    }

    @Test
    void aRecordWithMissingBlobsIsHeldBackUntilTheyAreUploaded() throws Exception {
        DeviceClient device = central.device();
        byte[] photo = randomBytes(2000);
        String held = TestCentral.upload(device, randomBytes(500));
        String photoHash = id.loket.sync.protocol.Sha256.hex(photo);
        WireRecord r = record(1, held, photoHash);

        RecordResult waiting = only(device.batch(batch(device, r)));
        assertThat(waiting.outcome()).isEqualTo(Outcome.MISSING_BLOBS);
        assertThat(waiting.missingHashes()).containsExactly(photoHash);
        assertThat(central.get().server.records().find(r.recordId())).isEmpty();

        TestCentral.upload(device, photo);
        assertThat(only(device.batch(batch(device, r))).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(central.get().server.records().find(r.recordId()).orElseThrow().blobHashes()).containsExactly(held, photoHash);
    }

    @Test
    void oneBatchAnswersEachRecordInItsOrder() throws Exception {
        DeviceClient d = central.get().enroll();
        WireRecord first = record(1);
        d.batch(batch(d, first));
        WireRecord conflicting = record(first.recordId(), 1, body("Other"), List.of());
        WireRecord fresh = record(2);
        WireRecord missing = record(3, id.loket.sync.protocol.Sha256.hex(randomBytes(3)));
        WireRecord badHash = new WireRecord(UUID.randomUUID(), 4, "0".repeat(64), "application", Instant.now(),
                List.of(), body("x"));

        BatchReply reply = d.batch(batch(d, fresh, first, conflicting, missing, badHash, fresh));

        assertThat(reply.results()).extracting(RecordResult::outcome).containsExactly(Outcome.ACCEPTED,
                Outcome.DUPLICATE, Outcome.CONFLICT, Outcome.MISSING_BLOBS, Outcome.REJECTED, Outcome.DUPLICATE);
        assertThat(reply.results()).extracting(RecordResult::recordId).containsExactly(fresh.recordId(),
                first.recordId(), first.recordId(), missing.recordId(), badHash.recordId(), fresh.recordId());
    }

    @Test
    void newRecordsOfOneBatchGoInTogetherEachWithItsOwnReceiptAndItsAnswerInItsPlace() throws Exception {
        DeviceClient d = central.get().enroll();
        List<WireRecord> records = java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(i -> record((long) i)).toList();

        BatchReply reply = d.batch(batch(d, records.toArray(WireRecord[]::new)));

        assertThat(reply.results()).extracting(RecordResult::recordId)
                .containsExactlyElementsOf(records.stream().map(WireRecord::recordId).toList());
        assertThat(reply.results()).extracting(RecordResult::outcome).containsOnly(Outcome.ACCEPTED);
        assertThat(reply.results()).extracting(RecordResult::receipt).doesNotHaveDuplicates().doesNotContainNull();
        for (RecordResult r : reply.results()) {
            StoredRecord stored = central.get().server.records().find(r.recordId()).orElseThrow();
            assertThat(stored.receipt()).isEqualTo(r.receipt());
            assertThat(stored.deviceSeq()).isEqualTo(r.deviceSeq());
        }
    }

    @Test
    void aBatchMustComeFromTheDeviceItNamesAndSpeakThisVersion() throws Exception {
        DeviceClient device = central.device();
        WireRecord r = record(1);
        BatchEnvelope foreign = new BatchEnvelope(1, "another-device", UUID.randomUUID(), 1, 1, Instant.now(), List.of(r));
        HttpResponse<byte[]> refused = device.postBatch(foreign);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(error(refused)).isEqualTo(ErrorCode.BAD_REQUEST);

        BatchEnvelope future = new BatchEnvelope(ProtocolVersion.CURRENT + 1, device.deviceId(), UUID.randomUUID(),
                1, 1, Instant.now(), List.of(r));
        assertThat(error(device.postBatch(future))).isEqualTo(ErrorCode.UNSUPPORTED_VERSION);
        assertThat(central.get().server.records().find(r.recordId())).isEmpty();
    }

    @Test
    void twoInstancesRacingTheSameRecordStoreItOnce() throws Exception {
        DeviceClient device = central.device();
        try (TestCentral second = TestCentral.beside(central.get(), central.database());
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            DeviceClient there = device.at(second.base());
            for (int round = 0; round < 10; round++) {
                WireRecord r = record(100 + round);
                assertThat(race(pool, device, batch(device, r), there, batch(device, r)))
                        .containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.DUPLICATE);
                WireRecord next = record(200 + round);
                WireRecord nextOther = record(next.recordId(), next.deviceSeq(), body("Another " + round), List.of());
                assertThat(race(pool, device, batch(device, next), there, batch(device, nextOther)))
                        .containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.CONFLICT);
            }
        }
    }

    private static List<Outcome> race(ExecutorService pool, DeviceClient a, BatchEnvelope ba, DeviceClient b,
                                      BatchEnvelope bb) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Callable<Outcome> first = () -> {
            go.await();
            return only(a.batch(ba)).outcome();
        };
        Callable<Outcome> second = () -> {
            go.await();
            return only(b.batch(bb)).outcome();
        };
        Future<Outcome> fa = pool.submit(first);
        Future<Outcome> fb = pool.submit(second);
        go.countDown();
        return List.of(fa.get(), fb.get());
    }

    static RecordResult only(BatchReply reply) {
        assertThat(reply.results()).hasSize(1);
        return reply.results().getFirst();
    }
}
