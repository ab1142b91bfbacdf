package id.loket.sync.central.blob;

import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.blob.UploadCreate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Stores a blob that arrived whole and already verified (in a pack or a bundle), so the online path
 * ({@code POST /v1/blobs/missing}, {@code POST /v1/uploads}) sees it as held. With a blob directory
 * (ADR 0017) its bytes are appended to a segment and the {@code stored_blob} row names where; the
 * caller forces the segments before its transaction commits. Without one, it is stored the way a
 * finished upload is: a complete upload row and its bytes as chunks. A device's half-finished
 * upload of the same blob is replaced either way.
 */
public final class WholeBlobs {

    private static final int CHUNK_BYTES = 4 * 1024 * 1024;

    private WholeBlobs() {
    }

    /**
     * Stores the blob in the caller's transaction; false when the centre already held it. With
     * {@code segments}, the caller must {@link BlobSegments#force} them before it commits.
     */
    public static boolean store(Connection c, BlobSegments segments, String deviceId, String hash, String mediaType,
                                byte[] data, Instant now) throws SQLException {
        UploadRules.validate(new UploadCreate(hash, data.length, mediaType));
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stored_blob WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM upload WHERE device_id = ? AND hash = ?")) {
            ps.setString(1, deviceId);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
        if (segments != null) {
            return SegmentRows.insertOne(c, hash, data.length, mediaType, segments.append(data), now);
        }
        String uploadId = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO upload (upload_id, device_id, hash, size_bytes,"
                + " media_type, upload_offset, complete, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)")) {
            ps.setString(1, uploadId);
            ps.setString(2, deviceId);
            ps.setString(3, hash);
            ps.setLong(4, data.length);
            ps.setString(5, mediaType);
            ps.setLong(6, data.length);
            Sql.setInstant(ps, 7, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO upload_chunk (upload_id, start_offset, data) VALUES (?, ?, ?)")) {
            for (int at = 0; at < data.length; at += CHUNK_BYTES) {
                ps.setString(1, uploadId);
                ps.setLong(2, at);
                ps.setBytes(3, java.util.Arrays.copyOfRange(data, at, Math.min(data.length, at + CHUNK_BYTES)));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stored_blob"
                + " (hash, size_bytes, media_type, upload_id, stored_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, hash);
            ps.setLong(2, data.length);
            ps.setString(3, mediaType);
            ps.setString(4, uploadId);
            Sql.setInstant(ps, 5, now);
            if (Sql.insertUnlessDuplicate(c, ps)) {
                return true;
            }
        }
        // another device stored it meanwhile: keep theirs, drop our copy (its chunks go with it)
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM upload WHERE upload_id = ?")) {
            ps.setString(1, uploadId);
            ps.executeUpdate();
        }
        return false;
    }

}
