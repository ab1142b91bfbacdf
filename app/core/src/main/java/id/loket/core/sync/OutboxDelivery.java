package id.loket.core.sync;

import id.loket.core.outbox.Outbox;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.outbox.OutboxState;
import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The outbox as the sync agent works it: the next rows to deliver with their payloads and images,
 * state changes from the centre's replies (several in one transaction), and reconciliation with
 * the centre's highest unbroken sequence. Quarantined rows are never returned, so they never block
 * the rows behind them.
 */
public final class OutboxDelivery {

    private static final String UNDELIVERED = "('PENDING', 'BLOBS_SENT', 'SENT')";

    private final LoketStore store;
    private final Outbox outbox;
    private final Clock clock;

    public OutboxDelivery(LoketStore store, Outbox outbox, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Up to {@code limit} undelivered rows with a device sequence above {@code afterSeq}, in sequence order. */
    public List<OutgoingRow> next(long afterSeq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return store.read(c -> {
            List<OutgoingRow> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT device_seq, record_id, kind, record_hash, payload, "
                    + "state, created_at FROM outbox WHERE state IN " + UNDELIVERED + " AND payload IS NOT NULL "
                    + "AND device_seq > ? ORDER BY device_seq FETCH FIRST ? ROWS ONLY")) {
                q.setLong(1, afterSeq);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new OutgoingRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), List.of(), OutboxState.valueOf(rs.getString(6)),
                                rs.getObject(7, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return withBlobs(c, rows);
        });
    }

    private static List<OutgoingRow> withBlobs(Connection c, List<OutgoingRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> blobs = blobsBetween(c, rows.getFirst().deviceSeq(), rows.getLast().deviceSeq());
        return rows.stream().map(r -> new OutgoingRow(r.deviceSeq(), r.recordId(), r.kind(), r.recordHash(),
                r.payload(), blobs.getOrDefault(r.deviceSeq(), List.of()), r.state(), r.createdAt())).toList();
    }

    /** The images of the rows with sequence numbers from {@code first} to {@code last}, sorted, by row. */
    public static Map<Long, List<String>> blobsBetween(Connection c, long first, long last) throws SQLException {
        Map<Long, List<String>> blobs = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT device_seq, blob_hash FROM outbox_blob "
                + "WHERE device_seq BETWEEN ? AND ? ORDER BY device_seq, blob_hash")) {
            q.setLong(1, first);
            q.setLong(2, last);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    blobs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return blobs;
    }

    /**
     * Applies state changes in one transaction: all or none.
     *
     * @throws IllegalStateException    when a change is not allowed (see {@link OutboxState#canMoveTo})
     * @throws IllegalArgumentException when a row does not exist or a quarantine has no reason
     */
    public void move(List<OutboxMove> moves) {
        outbox.markAll(moves.stream().map(m -> new Outbox.Mark(m.deviceSeq(), m.to(), m.reason())).toList());
    }

    /**
     * Marks every undelivered row at or below {@code highestUnbrokenSeq} ACKNOWLEDGED: the centre
     * holds every record of this device up to there, so none of them is sent again.
     *
     * @return how many rows changed
     */
    public int acknowledgeUpTo(long highestUnbrokenSeq) {
        return store.inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE outbox SET state = 'ACKNOWLEDGED', reason = NULL, "
                    + "updated_at = ? WHERE device_seq <= ? AND state IN " + UNDELIVERED)) {
                up.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                up.setLong(2, highestUnbrokenSeq);
                return up.executeUpdate();
            }
        });
    }

    /** Quarantined rows with their reasons, oldest first. */
    public List<OutboxEntry> quarantined() {
        return outbox.inState(OutboxState.QUARANTINED);
    }
}
