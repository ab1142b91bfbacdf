package id.loket.core.bundle;

import id.loket.core.store.LoketStore;
import id.loket.core.sync.OutboxDelivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The outbox as bundles see it: what is still to carry, the payloads, and which bundle carried what. */
final class BundleRows {

    /** Rows the centre has not acknowledged (the same states the agent still sends). */
    static final String UNDELIVERED = "o.state IN ('PENDING', 'BLOBS_SENT', 'SENT') AND o.payload IS NOT NULL";
    static final String NOT_CARRIED = " AND NOT EXISTS (SELECT 1 FROM bundle_item i WHERE i.device_seq = o.device_seq)";

    private final LoketStore store;

    BundleRows(LoketStore store) {
        this.store = store;
    }

    /** Undelivered rows in sequence order; all of them, or only those no bundle carried yet. */
    List<CarriedRow> toCarry(boolean all) {
        return store.read(c -> {
            List<CarriedRow> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT o.device_seq, o.record_id, o.kind, o.record_hash, "
                    + "o.created_at FROM outbox o WHERE " + UNDELIVERED + (all ? "" : NOT_CARRIED)
                    + " ORDER BY o.device_seq")) {
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new CarriedRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), List.of()));
                    }
                }
            }
            return withBlobs(c, rows);
        });
    }

    private static List<CarriedRow> withBlobs(Connection c, List<CarriedRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> blobs = OutboxDelivery.blobsBetween(c, rows.getFirst().deviceSeq(),
                rows.getLast().deviceSeq());
        return rows.stream().map(r -> new CarriedRow(r.deviceSeq(), r.recordId(), r.kind(), r.recordHash(),
                r.createdAt(), blobs.getOrDefault(r.deviceSeq(), List.of()))).toList();
    }

    /** The canonical JSON a row holds (exactly the bytes whose SHA-256 is its record hash). */
    String payload(long deviceSeq) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT payload FROM outbox WHERE device_seq = ?")) {
                q.setLong(1, deviceSeq);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("outbox row " + deviceSeq + " vanished during the export");
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    /** Records a written bundle and the rows it carried (in the caller's transaction). */
    static void recordExport(Connection c, ExportResult result, List<CarriedRow> rows, String actor, boolean all,
                             Instant at) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO bundle_export (bundle_id, file_name, created_at, "
                + "created_by, record_count, blob_count, byte_count, full_export) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setObject(1, result.bundleId());
            ins.setString(2, result.file().getFileName().toString());
            ins.setObject(3, at.atOffset(ZoneOffset.UTC));
            ins.setString(4, actor);
            ins.setInt(5, result.records());
            ins.setInt(6, result.blobs());
            ins.setLong(7, result.bytes());
            ins.setBoolean(8, all);
            ins.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO bundle_item (device_seq, bundle_id) VALUES (?, ?)")) {
            for (CarriedRow row : rows) {
                ins.setLong(1, row.deviceSeq());
                ins.setObject(2, result.bundleId());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** The creation time of the oldest row neither delivered nor carried by a bundle. */
    Optional<Instant> oldestUncarried() {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT MIN(o.created_at) FROM outbox o WHERE "
                    + UNDELIVERED + NOT_CARRIED); ResultSet rs = q.executeQuery()) {
                rs.next();
                OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
            }
        });
    }
}
