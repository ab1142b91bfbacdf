package id.loket.sync.central.blob;

import id.loket.sync.central.store.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Indexes the verified blobs of a pack, already placed in segments (ADR 0017, ADR 0020), with a few
 * statements instead of three per blob: one DELETE for the device's half-finished uploads of them
 * and the index rows inserted as one JDBC batch. When another writer indexed one of them meanwhile (a
 * unique violation), the batch is rolled back to its savepoint and the rows go in one by one, so
 * the first writer's row is kept and the transaction stays usable.
 */
final class SegmentRows {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SegmentRows.class);

    private static final String INSERT = "INSERT INTO stored_blob"
            + " (hash, size_bytes, media_type, segment, segment_offset, stored_at) VALUES (?, ?, ?, ?, ?, ?)";

    private SegmentRows() {
    }

    /** A verified blob whose bytes were appended to a segment, not yet indexed. */
    record Placed(String hash, long size, String mediaType, BlobSegments.Placement at) {
    }

    /**
     * Indexes blobs placed in segments, which the centre did not hold when they were placed (each
     * hash once), and drops the device's half-finished uploads of them; returns the hashes another
     * writer indexed first (their bytes here are left unreferenced). The caller forced the segments
     * before this transaction commits.
     */
    static Set<String> indexAll(Connection c, String deviceId, List<Placed> fresh, Instant now) throws SQLException {
        List<String> hashes = fresh.stream().map(Placed::hash).toList();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM upload WHERE device_id = ? AND hash = ANY(?)")) {
            ps.setString(1, deviceId);
            Sql.setTexts(c, ps, 2, hashes);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Placed p : fresh) {
                bind(ps, p.hash(), p.size(), p.mediaType(), p.at(), now);
                ps.addBatch();
            }
            if (Sql.insertBatchUnlessDuplicate(c, ps)) {
                return Set.of();
            }
        }
        LOG.info("a pack raced another writer for some of its {} blobs; indexing them one by one", fresh.size());
        Set<String> lost = new HashSet<>();
        for (Placed p : fresh) {
            if (!insertOne(c, p.hash(), p.size(), p.mediaType(), p.at(), now)) {
                lost.add(p.hash());
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
