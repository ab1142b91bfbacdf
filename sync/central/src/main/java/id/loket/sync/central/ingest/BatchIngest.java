package id.loket.sync.central.ingest;

import id.loket.sync.central.blob.BlobStore;
import id.loket.sync.central.blob.KnownBlobs;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
    private final KnownBlobs known;

    /** {@code known}: the blobs this instance saw committed, so most of a batch's images need no query. */
    public BatchIngest(Database db, Clock clock, KnownBlobs known) {
        this.db = db;
        this.clock = clock;
        this.known = known;
    }

    /** Ingests the records of an envelope already checked to come from {@code deviceId}. */
    public BatchReply ingest(String deviceId, BatchEnvelope envelope) {
        Instant receivedAt = Sql.micros(clock.instant());
        RecordResult[] results = db.inTransaction(c -> ingest(c, deviceId, envelope.records(), receivedAt, known));
        log(deviceId, envelope, results);
        return new BatchReply(envelope.batchId(), receivedAt, Arrays.asList(results));
    }

    /**
     * The same ingest inside the caller's transaction (a bundle import stores its images and its
     * records in one): results in the order of {@code records}. A few statements a batch, not four
     * per record: the held records in one query, the missing images in one, the new records as one
     * JDBC batch and their receipts read back in one. When the batch insert meets an id another
     * writer stored meanwhile (or one the batch names twice), nothing of it is kept and the new
     * records go in one by one, so each still gets its own answer.
     */
    public static RecordResult[] ingest(Connection c, String deviceId, List<WireRecord> records, Instant receivedAt)
            throws SQLException {
        return ingest(c, deviceId, records, receivedAt, null);
    }

    /** The same, asking the database only about images {@code known} (when given) has not seen held. */
    private static RecordResult[] ingest(Connection c, String deviceId, List<WireRecord> records, Instant receivedAt,
                                         KnownBlobs known) throws SQLException {
        RecordResult[] out = records.stream().map(RecordChecks::problem).toArray(RecordResult[]::new);
        List<Integer> order = IntStream.range(0, records.size()).filter(i -> out[i] == null).boxed()
                .sorted(Comparator.comparing(i -> records.get(i).recordId())).toList();
        Map<UUID, StoredRecord> held = RecordStore.findAll(c, order.stream().map(i -> records.get(i).recordId()).toList());
        List<String> referenced = order.stream().filter(i -> !held.containsKey(records.get(i).recordId()))
                .flatMap(i -> blobHashes(records.get(i)).stream()).distinct().toList();
        Set<String> absent = new HashSet<>(BlobStore.missing(c, known == null ? referenced : known.unknown(referenced)));
        List<Integer> fresh = new ArrayList<>();
        for (int i : order) {
            WireRecord r = records.get(i);
            StoredRecord stored = held.get(r.recordId());
            if (stored != null) {
                out[i] = compare(stored, r);
                continue;
            }
            List<String> missing = blobHashes(r).stream().filter(absent::contains).distinct().toList();
            if (!missing.isEmpty()) {
                out[i] = missingBlobs(r, missing);
            } else {
                fresh.add(i);
            }
        }
        if (fresh.isEmpty()) {
            return out;
        }
        if (RecordStore.insertAll(c, deviceId, fresh.stream().map(records::get).toList(), receivedAt)) {
            Map<UUID, StoredRecord> stored = RecordStore.findAll(c, fresh.stream().map(i -> records.get(i).recordId()).toList());
            fresh.forEach(i -> out[i] = accepted(stored.get(records.get(i).recordId())));
        } else {
            for (int i : fresh) {
                out[i] = store(c, deviceId, records.get(i), receivedAt);
            }
        }
        if (Arrays.stream(out).anyMatch(r -> r.outcome() == Outcome.ACCEPTED)) {
            Watermark.advance(c, deviceId);
        }
        return out;
    }

    private static List<String> blobHashes(WireRecord r) {
        return r.blobHashes() == null ? List.of() : r.blobHashes();
    }

    private static RecordResult missingBlobs(WireRecord r, List<String> missing) {
        return new RecordResult(r.recordId(), r.deviceSeq(), Outcome.MISSING_BLOBS, null, null, null,
                missing.size() + " referenced blobs are not at the centre", missing);
    }

    private static RecordResult accepted(StoredRecord stored) {
        return new RecordResult(stored.recordId(), stored.deviceSeq(), Outcome.ACCEPTED, stored.receipt(),
                stored.receivedAt(), null, null, List.of());
    }

    /** One record on its own, after the batch insert met an id already held. */
    private static RecordResult store(Connection c, String deviceId, WireRecord r, Instant receivedAt)
            throws SQLException {
        Optional<StoredRecord> held = RecordStore.find(c, r.recordId());
        if (held.isPresent()) {
            return compare(held.get(), r);
        }
        if (!RecordStore.insert(c, deviceId, r, receivedAt)) {
            // another transaction stored the same id first (it has committed: the insert waited for it)
            return compare(RecordStore.find(c, r.recordId()).orElseThrow(), r);
        }
        return accepted(RecordStore.find(c, r.recordId()).orElseThrow());
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
