package id.loket.core.sync;

import id.loket.core.outbox.Outbox;
import id.loket.core.outbox.OutboxState;
import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/** How far delivery is ({@link SyncSummary}) and the outcome of the agent's last attempt. */
public final class SyncProgress {

    /** Image bytes not yet confirmed by the centre, of the images that rows still pending reference. */
    private static final String BLOB_BYTES_LEFT = "SELECT COALESCE(SUM(p.size - COALESCE(u.acked_offset, 0)), 0) "
            + "FROM (SELECT DISTINCT ob.blob_hash, COALESCE(ob.size, 0) AS size FROM outbox_blob ob "
            + "JOIN outbox o ON o.device_seq = ob.device_seq WHERE o.state = 'PENDING') p "
            + "LEFT JOIN sync_upload u ON u.blob_hash = p.blob_hash";
    private static final String PAYLOAD_BYTES_LEFT = "SELECT COALESCE(SUM(payload_size), 0) FROM outbox "
            + "WHERE state IN ('PENDING', 'BLOBS_SENT', 'SENT')";

    private final LoketStore store;
    private final Outbox outbox;

    public SyncProgress(LoketStore store, Outbox outbox) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    public SyncSummary summary() {
        return store.read(c -> {
            Map<OutboxState, Long> counts = outbox.counts();
            long pending = OutboxState.UNDELIVERED.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
            long bytes = single(c, BLOB_BYTES_LEFT) + single(c, PAYLOAD_BYTES_LEFT);
            try (PreparedStatement q = c.prepareStatement("SELECT status_cursor, last_attempt_at, last_success_at, "
                    + "last_error_code FROM sync_state WHERE id = 1");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return new SyncSummary(pending, bytes, counts.getOrDefault(OutboxState.ACKNOWLEDGED, 0L),
                        counts.getOrDefault(OutboxState.QUARANTINED, 0L), rs.getLong(1), instant(rs, 2),
                        instant(rs, 3), rs.getString(4));
            }
        });
    }

    /** Pending bytes only (see {@link SyncSummary#bytesLeft()}). */
    public long bytesLeft() {
        return store.read(c -> single(c, BLOB_BYTES_LEFT) + single(c, PAYLOAD_BYTES_LEFT));
    }

    /**
     * Records an attempt to talk to the centre: a success when {@code errorCode} is null, else the
     * failure's stable code (e.g. {@code retry-later}, {@code offline}).
     */
    public void recordAttempt(Instant at, String errorCode) {
        Objects.requireNonNull(at, "at");
        store.inTransaction(c -> {
            String sql = errorCode == null
                    ? "UPDATE sync_state SET last_attempt_at = ?, last_success_at = ?, last_error_code = NULL WHERE id = 1"
                    : "UPDATE sync_state SET last_attempt_at = ?, last_error_code = ? WHERE id = 1";
            try (PreparedStatement up = c.prepareStatement(sql)) {
                up.setObject(1, at.atOffset(ZoneOffset.UTC));
                if (errorCode == null) {
                    up.setObject(2, at.atOffset(ZoneOffset.UTC));
                } else {
                    up.setString(2, errorCode.length() > 60 ? errorCode.substring(0, 60) : errorCode);
                }
                up.executeUpdate();
            }
            return null;
        });
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
