package id.loket.core.outbox;

import id.loket.core.store.Counters;
import id.loket.core.store.LoketStore;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /** Queues a record (in the caller's transaction if any) with the next device sequence number. */
    public OutboxEntry enqueue(UUID recordId, Object record) {
        String hash = hashOf(record);
        return store.inTransaction(c -> {
            long seq = Counters.next(c, "outbox:device-seq");
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO outbox (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, NULL, ?, ?)")) {
                ins.setLong(1, seq);
                ins.setObject(2, recordId);
                ins.setString(3, hash);
                ins.setString(4, OutboxState.PENDING.name());
                ins.setObject(5, now);
                ins.setObject(6, now);
                ins.executeUpdate();
            }
            return new OutboxEntry(seq, recordId, hash, OutboxState.PENDING, null, now.toInstant(), now.toInstant());
        });
    }

    /** Rows still to deliver (PENDING or BLOBS_SENT), in device-sequence order. */
    public List<OutboxEntry> pending() {
        return query("WHERE state IN ('PENDING', 'BLOBS_SENT') ORDER BY device_seq");
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

    /** Moves a row to a new state; {@code reason} is kept for QUARANTINED (null otherwise). */
    public void mark(long deviceSeq, OutboxState state, String reason) {
        Objects.requireNonNull(state, "state");
        if (state == OutboxState.QUARANTINED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a quarantined record needs a reason");
        }
        store.inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE outbox SET state = ?, reason = ?, updated_at = ? WHERE device_seq = ?")) {
                up.setString(1, state.name());
                up.setString(2, state == OutboxState.QUARANTINED ? reason.strip() : null);
                up.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                up.setLong(4, deviceSeq);
                if (up.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no outbox row " + deviceSeq);
                }
            }
            return null;
        });
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
