package id.loket.sync.agent.support;

import id.loket.sync.agent.ledger.DecisionOutcome;
import id.loket.sync.agent.ledger.DeviceCredentials;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.Enrolment;
import id.loket.sync.agent.ledger.LedgerSummary;
import id.loket.sync.agent.ledger.LocalBlob;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.ledger.QuarantinedRecord;
import id.loket.sync.agent.ledger.RecordState;
import id.loket.sync.agent.ledger.RecordTransition;
import id.loket.sync.agent.ledger.UploadProgress;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.WireRecord;
import id.loket.sync.protocol.security.DeviceKeys;
import id.loket.sync.protocol.status.StatusEvent;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** The agent's port over memory, with the same state rules as the device store's outbox. */
public final class MemoryLedger implements DeviceLedger {

    private static final Set<RecordState> UNDELIVERED = EnumSet.of(RecordState.PENDING, RecordState.BLOBS_SENT,
            RecordState.SENT);

    public final KeyPair keys = DeviceKeys.generate();
    public final String deviceId = UUID.randomUUID().toString();
    public final TreeMap<Long, OutgoingRecord> rows = new TreeMap<>();
    public final Map<Long, String> reasons = new HashMap<>();
    public final Map<String, LocalBlob> blobs = new HashMap<>();
    public final Map<String, UploadProgress> uploads = new HashMap<>();
    public final List<String> uploadWrites = new ArrayList<>();
    /** How many times a blob was read (its bytes taken from the store), from any thread. */
    public final java.util.concurrent.atomic.AtomicInteger blobReads = new java.util.concurrent.atomic.AtomicInteger();
    /** Times a blob's size was asked for on its own (a file opened without its bytes being used). */
    public final java.util.concurrent.atomic.AtomicInteger blobSizeReads = new java.util.concurrent.atomic.AtomicInteger();
    public final Map<UUID, List<StatusEvent>> decisions = new HashMap<>();
    public Enrolment enrolment;
    public long cursor;
    public Instant lastSuccess;
    public String lastError;

    /** Enrolled with the centre at {@code base}. */
    public MemoryLedger enrolledAt(String base) {
        enrolled(base, Instant.EPOCH);
        return this;
    }

    /** Queues a record referencing the given images (stored here as well); returns its sequence. */
    public long queue(byte[]... images) {
        List<String> hashes = new ArrayList<>();
        for (byte[] image : images) {
            String hash = Sha256.hex(image);
            blobs.put(hash, new LocalBlob(hash, "image/jpeg", image));
            hashes.add(hash);
        }
        long seq = rows.isEmpty() ? 1 : rows.lastKey() + 1;
        UUID id = UUID.randomUUID();
        String payload = new String(CanonicalJson.bytes(Map.of("id", id.toString(), "seq", seq, "images", hashes)),
                StandardCharsets.UTF_8);
        rows.put(seq, new OutgoingRecord(seq, id, WireRecord.KIND_APPLICATION,
                Sha256.hex(payload.getBytes(StandardCharsets.UTF_8)), payload, hashes.stream().sorted().toList(),
                RecordState.PENDING, Instant.EPOCH));
        return seq;
    }

    public RecordState state(long seq) {
        return rows.get(seq).state();
    }

    @Override
    public DeviceCredentials credentials() {
        return new DeviceCredentials(deviceId, "DPS", 3, keys.getPublic());
    }

    /** The centre's keys as the last enrollment gave them. */
    public id.loket.sync.protocol.bundle.CentreKeys centreKeys;

    @Override
    public void centreKeys(id.loket.sync.protocol.bundle.CentreKeys keys) {
        centreKeys = keys;
    }

    @Override
    public boolean knowsCentreKeys() {
        return centreKeys != null;
    }

    @Override
    public void enrolled(String centreBaseUrl, Instant enrolledAt) {
        enrolment = new Enrolment(deviceId, centreBaseUrl, keys.getPrivate(), enrolledAt);
    }

    @Override
    public Optional<Enrolment> enrolment() {
        return Optional.ofNullable(enrolment);
    }

    @Override
    public synchronized List<OutgoingRecord> outgoing(long afterSeq, int limit) {
        return rows.tailMap(afterSeq, false).values().stream().filter(r -> UNDELIVERED.contains(r.state()))
                .limit(limit).toList();
    }

    /** Runs at the start of every {@link #transition} (a slow store, seen from the calling thread). */
    public volatile Runnable onTransition = () -> { };
    /** Every {@link #transition} call's target states, in order (one call = one durable commit in a real store). */
    public final List<List<RecordState>> commits = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public synchronized void transition(List<RecordTransition> changes) {
        onTransition.run();
        if (!changes.isEmpty()) {
            commits.add(changes.stream().map(RecordTransition::to).toList());
        }
        for (RecordTransition t : changes) {
            RecordState from = rows.get(t.deviceSeq()).state();
            boolean allowed = from == t.to() || UNDELIVERED.contains(from)
                    || from == RecordState.ACKNOWLEDGED && t.to() == RecordState.CONFIRMED;
            if (!allowed) {
                throw new IllegalStateException(t.deviceSeq() + " cannot go from " + from + " to " + t.to());
            }
        }
        for (RecordTransition t : changes) {
            rows.computeIfPresent(t.deviceSeq(), (k, r) -> r.in(t.to()));
            if (t.reason() != null) {
                reasons.put(t.deviceSeq(), t.reason());
            }
        }
    }

    @Override
    public synchronized int acknowledgeUpTo(long highestUnbrokenSeq) {
        List<RecordTransition> changes = rows.headMap(highestUnbrokenSeq, true).values().stream()
                .filter(r -> UNDELIVERED.contains(r.state()))
                .map(r -> RecordTransition.to(r.deviceSeq(), RecordState.ACKNOWLEDGED)).toList();
        transition(changes);
        return changes.size();
    }

    @Override
    public synchronized List<QuarantinedRecord> quarantined() {
        return rows.values().stream().filter(r -> r.state() == RecordState.QUARANTINED)
                .map(r -> new QuarantinedRecord(r.deviceSeq(), r.recordId(), reasons.get(r.deviceSeq()), Instant.EPOCH))
                .toList();
    }

    @Override
    public Optional<LocalBlob> blob(String hash) {
        blobReads.incrementAndGet();
        return Optional.ofNullable(blobs.get(hash));
    }

    @Override
    public OptionalLong blobSize(String hash) {
        blobSizeReads.incrementAndGet();
        LocalBlob b = blobs.get(hash);
        return b == null ? OptionalLong.empty() : OptionalLong.of(b.size());
    }

    private long sizeOf(String hash) {
        LocalBlob b = blobs.get(hash);
        return b == null ? 0 : b.size();
    }

    @Override
    public synchronized Optional<UploadProgress> upload(String hash) {
        return Optional.ofNullable(uploads.get(hash));
    }

    @Override
    public synchronized void saveUpload(UploadProgress progress) {
        uploads.put(progress.hash(), progress);
        uploadWrites.add(progress.location() + "@" + progress.offset());
    }

    @Override
    public synchronized void forgetUpload(String hash) {
        uploads.remove(hash);
    }

    @Override
    public synchronized long statusCursor() {
        return cursor;
    }

    @Override
    public synchronized DecisionOutcome applyDecision(StatusEvent event) {
        if (event.cursor() <= cursor) {
            return DecisionOutcome.ALREADY_APPLIED;
        }
        cursor = event.cursor();
        decisions.computeIfAbsent(event.recordId(), k -> new ArrayList<>()).add(event);
        rows.values().stream().filter(r -> r.recordId().equals(event.recordId())).findFirst()
                .ifPresent(r -> rows.put(r.deviceSeq(), r.in(RecordState.CONFIRMED)));
        return DecisionOutcome.APPLIED;
    }

    @Override
    public synchronized LedgerSummary summary() {
        List<OutgoingRecord> pending = rows.values().stream().filter(r -> UNDELIVERED.contains(r.state())).toList();
        long bytes = pending.stream().mapToLong(r -> r.payload().length()).sum()
                + pending.stream().filter(r -> r.state() == RecordState.PENDING).flatMap(r -> r.blobHashes().stream())
                .distinct().mapToLong(h -> sizeOf(h) - upload(h).map(UploadProgress::offset).orElse(0L)).sum();
        return new LedgerSummary(pending.size(), bytes, quarantined().size(), lastSuccess, lastError);
    }

    @Override
    public synchronized void recordAttempt(Instant at, String errorCode) {
        lastError = errorCode;
        if (errorCode == null) {
            lastSuccess = at;
        }
    }
}
