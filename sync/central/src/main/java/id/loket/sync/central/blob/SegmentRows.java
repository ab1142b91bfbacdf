package id.loket.sync.central.blob;

import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.blob.BlobPack;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores the verified blobs of a pack in segments (ADR 0017) with a few statements instead of three
 * per blob: one DELETE for the device's half-finished uploads of them, the bytes appended, and the
 * index rows inserted as one JDBC batch. When another writer indexed one of them meanwhile (a
 * unique violation), the batch is rolled back to its savepoint and the rows go in one by one, so
 * the first writer's row is kept and the transaction stays usable.
 */
final class SegmentRows {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SegmentRows.class);

    private static final String INSERT = "INSERT INTO stored_blob"
            + " (hash, size_bytes, media_type, segment, segment_offset, stored_at) VALUES (?, ?, ?, ?, ?, ?)";

    private SegmentRows() {
    }

    /**
     * Stores blobs the centre did not hold when the transaction began (each hash once); returns the
     * hashes another writer stored first (their bytes here are left unreferenced). The caller forces
     * the segments before it commits.
     */
    static Set<String> storeAll(Connection c, BlobSegments segments, String deviceId, List<BlobPack.Slice> fresh,
                                Instant now) throws SQLException {
        List<String> hashes = fresh.stream().map(p -> p.entry().hash()).toList();
        for (int from = 0; from < hashes.size(); from += Sql.IN_LIST) {
            List<String> part = hashes.subList(from, Math.min(hashes.size(), from + Sql.IN_LIST));
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM upload WHERE device_id = ? AND hash IN (" + Sql.marks(part.size()) + ")")) {
                ps.setString(1, deviceId);
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 2, part.get(i));
                }
                ps.executeUpdate();
            }
        }
        List<BlobSegments.Placement> placed = new ArrayList<>(fresh.size());
        for (BlobPack.Slice p : fresh) {
            placed.add(segments.append(p.body(), p.offset(), p.length()));
        }
        Savepoint savepoint = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int i = 0; i < fresh.size(); i++) {
                BlobPack.Slice p = fresh.get(i);
                bind(ps, p.entry().hash(), p.length(), p.entry().mediaType(), placed.get(i), now);
                ps.addBatch();
            }
            ps.executeBatch();
            c.releaseSavepoint(savepoint);
            return Set.of();
        } catch (BatchUpdateException e) {
            if (!Sql.isUniqueViolation(e) && !(e.getNextException() != null && Sql.isUniqueViolation(e.getNextException()))) {
                throw e;
            }
            c.rollback(savepoint);
            LOG.info("a pack raced another writer for some of its {} blobs; indexing them one by one", fresh.size());
        }
        Set<String> lost = new HashSet<>();
        for (int i = 0; i < fresh.size(); i++) {
            BlobPack.Slice p = fresh.get(i);
            if (!insertOne(c, p.entry().hash(), p.length(), p.entry().mediaType(), placed.get(i), now)) {
                lost.add(p.entry().hash());
            }
        }
        return lost;
    }

    /** One index row for bytes placed in a segment; false when another writer indexed the blob first. */
    static boolean insertOne(Connection c, String hash, long size, String mediaType, BlobSegments.Placement at,
                             Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, hash, size, mediaType, at, now);
            return Sql.insertUnlessDuplicate(c, ps);
        }
    }

    private static void bind(PreparedStatement ps, String hash, long size, String mediaType, BlobSegments.Placement at,
                             Instant now) throws SQLException {
        ps.setString(1, hash);
        ps.setLong(2, size);
        ps.setString(3, mediaType);
        ps.setString(4, at.segment());
        ps.setLong(5, at.offset());
        Sql.setInstant(ps, 6, now);
    }
}
