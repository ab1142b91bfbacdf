package id.loket.core.outbox;

import id.loket.core.store.Counters;
import id.loket.core.store.LoketStore;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The transactional outbox: the transaction that finalises or changes an application also
 * enqueues it here, so nothing captured can be committed without being queued for the centre
 * (and nothing queued that was not committed). The sync agent reads {@link #pending()} and moves
 * rows through {@link OutboxState}.
 */
public final class Outbox {

    private static final String COLUMNS = "device_seq, record_id, record_hash, state, reason, created_at, updated_at";

    private final LoketStore store;
    private final Clock clock;

    public Outbox(LoketStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** SHA-256 hex of the canonical JSON of a record: what the centre compares for duplicates and conflicts. */
    public static String hashOf(Object record) {
        return Sha256.hex(CanonicalJson.bytes(record));
    }

    /**
     * Queues a record (in the caller's transaction if any) with the next device sequence number,
     * keeping its canonical JSON (the exact bytes that were hashed, and later sent), its kind and
     * the images it references.
     *
     * @param kind       what the record is, e.g. {@code application}
     * @param blobHashes the SHA-256 addresses of every image and scan the record references
     */
    public OutboxEntry enqueue(UUID recordId, String kind, Object record, Collection<String> blobHashes) {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(kind, "kind");
        byte[] payload = CanonicalJson.bytes(record);
        String hash = Sha256.hex(payload);
        Set<String> blobs = new TreeSet<>(blobHashes);
        return store.inTransaction(c -> {
            long seq = Counters.next(c, "outbox:device-seq");
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO outbox (" + COLUMNS
                    + ", kind, payload, payload_size) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)")) {
                ins.setLong(1, seq);
                ins.setObject(2, recordId);
                ins.setString(3, hash);
                ins.setString(4, OutboxState.PENDING.name());
                ins.setObject(5, now);
                ins.setObject(6, now);
                ins.setString(7, kind);
                ins.setString(8, new String(payload, StandardCharsets.UTF_8));
                ins.setLong(9, payload.length);
                ins.executeUpdate();
            }
            OutboxBlobs.insert(c, seq, blobs, store.sealedFiles());
            return new OutboxEntry(seq, recordId, hash, OutboxState.PENDING, null, now.toInstant(), now.toInstant());
        });
    }

    /** Rows still to deliver (PENDING or BLOBS_SENT), in device-sequence order. */
    public List<OutboxEntry> pending() {
        return query("WHERE state IN ('PENDING', 'BLOBS_SENT') ORDER BY device_seq");
    }

    /** Rows in one state, in device-sequence order. */
    public List<OutboxEntry> inState(OutboxState state) {
        return query("WHERE state = '" + state.name() + "' ORDER BY device_seq");
    }

    /** Every row for one record, oldest first. */
    public List<OutboxEntry> forRecord(UUID recordId) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM outbox WHERE record_id = ? ORDER BY device_seq")) {
                q.setObject(1, recordId);
                return read(q);
            }
        });
    }

    /** The row with this device sequence number. */
    public Optional<OutboxEntry> find(long deviceSeq) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE device_seq = ?")) {
                q.setLong(1, deviceSeq);
                return read(q).stream().findFirst();
            }
        });
    }

    /** Number of rows in a state. */
    public long count(OutboxState state) {
        return counts().getOrDefault(state, 0L);
    }

    /** Number of rows per state (states without rows are absent). */
    public Map<OutboxState, Long> counts() {
        return store.read(c -> {
            Map<OutboxState, Long> out = new EnumMap<>(OutboxState.class);
            try (PreparedStatement q = c.prepareStatement("SELECT state, COUNT(*) FROM outbox GROUP BY state");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(OutboxState.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /**
     * Moves a row to a new state (in the caller's transaction if any); {@code reason} is kept for
     * QUARANTINED (null otherwise).
     *
     * @throws IllegalArgumentException when there is no such row, or QUARANTINED comes without a reason
     * @throws IllegalStateException    when the row may not move there (see {@link OutboxState#canMoveTo})
     */
    public void mark(long deviceSeq, OutboxState state, String reason) {
        markAll(List.of(new Mark(deviceSeq, state, reason)));
    }

    /** One row to move: {@code reason} only for QUARANTINED. */
    public record Mark(long deviceSeq, OutboxState state, String reason) {
        public Mark {
            Objects.requireNonNull(state, "state");
            if (state == OutboxState.QUARANTINED && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException("a quarantined record needs a reason");
            }
        }
    }

    /**
     * Moves rows in one transaction (the caller's if any), all or none, in order: each move is
     * checked against the state the one before it left (a round's PENDING to BLOBS_SENT to SENT).
     * The rows are locked and read in one statement and written in one batch, not two statements
     * per row: a drain moves a round's 50 records together after each batch (ADR 25).
     *
     * @throws IllegalArgumentException when a row does not exist
     * @throws IllegalStateException    when a row may not move there (nothing is then written)
     */
    public void markAll(List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        store.inTransaction(c -> {
            Map<Long, OutboxState> states = lockStates(c, marks.stream().map(Mark::deviceSeq).distinct().toList());
            Map<Long, Mark> last = new java.util.LinkedHashMap<>();
            for (Mark m : marks) {
                OutboxState from = states.get(m.deviceSeq());
                if (from == null) {
                    throw new IllegalArgumentException("no outbox row " + m.deviceSeq());
                }
                if (!from.canMoveTo(m.state())) {
                    throw new IllegalStateException("outbox row " + m.deviceSeq() + " cannot go from " + from + " to " + m.state());
                }
                states.put(m.deviceSeq(), m.state());
                last.put(m.deviceSeq(), m);
            }
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE outbox SET state = ?, reason = ?, updated_at = ? WHERE device_seq = ?")) {
                for (Mark m : last.values()) {
                    up.setString(1, m.state().name());
                    up.setString(2, m.state() == OutboxState.QUARANTINED ? shorten(m.reason().strip()) : null);
                    up.setObject(3, now);
                    up.setLong(4, m.deviceSeq());
                    up.addBatch();
                }
                up.executeBatch();
            }
            return null;
        });
    }

    private static Map<Long, OutboxState> lockStates(Connection c, List<Long> deviceSeqs) throws SQLException {
        Map<Long, OutboxState> states = new java.util.HashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT device_seq, state FROM outbox WHERE device_seq = ANY(?) FOR UPDATE")) {
            q.setArray(1, c.createArrayOf("BIGINT", deviceSeqs.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getLong(1), OutboxState.valueOf(rs.getString(2)));
                }
            }
        }
        return states;
    }

    /** The reason column holds 1,000 characters; a centre's message may be longer. */
    private static String shorten(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "\u2026";
    }

    private List<OutboxEntry> query(String where) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox " + where)) {
                return read(q);
            }
        });
    }

    private static List<OutboxEntry> read(PreparedStatement q) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new OutboxEntry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        OutboxState.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getObject(7, OffsetDateTime.class).toInstant()));
            }
        }
        return out;
    }
}
