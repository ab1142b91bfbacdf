package id.loket.sync.central.ingest;

import id.loket.sync.central.blob.BlobStore;
import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.batch.WireRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Ingests a batch in one transaction and returns the per-record results only after the commit.
 * Records are stored in record-id order (so racing batches lock in one order); the primary key on
 * the record id decides ACCEPTED, DUPLICATE or CONFLICT even between instances of the centre.
 */
public final class BatchIngest {

    private static final Logger LOG = LoggerFactory.getLogger(BatchIngest.class);

    private final Database db;
    private final Clock clock;

    public BatchIngest(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Ingests the records of an envelope already checked to come from {@code deviceId}. */
    public BatchReply ingest(String deviceId, BatchEnvelope envelope) {
        Instant receivedAt = Sql.micros(clock.instant());
        RecordResult[] results = db.inTransaction(c -> ingest(c, deviceId, envelope.records(), receivedAt));
        log(deviceId, envelope, results);
        return new BatchReply(envelope.batchId(), receivedAt, Arrays.asList(results));
    }

    /**
     * The same ingest inside the caller's transaction (a bundle import stores its images and its
     * records in one): results in the order of {@code records}.
     */
    public static RecordResult[] ingest(Connection c, String deviceId, List<WireRecord> records, Instant receivedAt)
            throws SQLException {
        RecordResult[] out = records.stream().map(RecordChecks::problem).toArray(RecordResult[]::new);
        int[] order = IntStream.range(0, records.size()).filter(i -> out[i] == null).boxed()
                .sorted(Comparator.comparing(i -> records.get(i).recordId()))
                .mapToInt(Integer::intValue).toArray();
        boolean accepted = false;
        for (int i : order) {
            out[i] = store(c, deviceId, records.get(i), receivedAt);
            accepted |= out[i].outcome() == Outcome.ACCEPTED;
        }
        if (accepted) {
            Watermark.advance(c, deviceId);
        }
        return out;
    }

    private static RecordResult store(Connection c, String deviceId, WireRecord r, Instant receivedAt)
            throws SQLException {
        Optional<StoredRecord> held = RecordStore.find(c, r.recordId());
        if (held.isPresent()) {
            return compare(held.get(), r);
        }
        List<String> missing = BlobStore.missing(c, r.blobHashes() == null ? List.of() : r.blobHashes());
        if (!missing.isEmpty()) {
            return new RecordResult(r.recordId(), r.deviceSeq(), Outcome.MISSING_BLOBS, null, null, null,
                    missing.size() + " referenced blobs are not at the centre", missing);
        }
        if (!RecordStore.insert(c, deviceId, r, receivedAt)) {
            // another transaction stored the same id first (it has committed: the insert waited for it)
            return compare(RecordStore.find(c, r.recordId()).orElseThrow(), r);
        }
        StoredRecord stored = RecordStore.find(c, r.recordId()).orElseThrow();
        return new RecordResult(r.recordId(), r.deviceSeq(), Outcome.ACCEPTED, stored.receipt(), stored.receivedAt(),
                null, null, List.of());
    }

    private static RecordResult compare(StoredRecord held, WireRecord r) {
        if (held.recordHash().equals(r.recordHash())) {
            return new RecordResult(r.recordId(), r.deviceSeq(), Outcome.DUPLICATE, held.receipt(), held.receivedAt(),
                    null, null, List.of());
        }
        return new RecordResult(r.recordId(), r.deviceSeq(), Outcome.CONFLICT, null, null, ErrorCode.RECORD_CONFLICT,
                "the centre already holds record " + r.recordId() + " with hash " + held.recordHash()
                        + " (receipt " + held.receipt() + "); this copy hashes to " + r.recordHash()
                        + " and was not stored", List.of());
    }

    private static void log(String deviceId, BatchEnvelope envelope, RecordResult[] results) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (RecordResult r : results) {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
        LOG.info("batch {} of {} (seq {}..{}): {}", envelope.batchId(), deviceId, envelope.firstSeq(),
                envelope.lastSeq(), counts);
    }
}
