package id.loket.sync.central.blob;

import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Resumable uploads kept in the database (ADR 0008), so any instance can answer HEAD and take the
 * next PATCH. A PATCH locks its upload row, so two PATCHes of one upload never interleave.
 */
public final class Uploads {

    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private static final String COLUMNS = "upload_id, device_id, hash, size_bytes, media_type, upload_offset, complete";

    private final Database db;
    private final Clock clock;

    public Uploads(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One upload row. */
    public record Upload(String uploadId, String deviceId, String hash, long size, String mediaType, long offset,
                         boolean complete) {
        UploadState state() {
            return new UploadState(uploadId, hash, size, offset, complete);
        }
    }

    /** What a PATCH did. */
    public sealed interface PatchResult {
        /** Stored; the upload is now at {@code offset} (== size when the blob is stored). */
        record Progress(long offset) implements PatchResult {
        }

        /** Not at the upload's offset (or already complete): nothing stored. */
        record OffsetMismatch(long offset) implements PatchResult {
        }

        /** The whole blob did not hash to its address: the upload was discarded. */
        record HashMismatch() implements PatchResult {
        }
    }

    /**
     * Starts, or finds again, this device's upload of a blob; an already stored blob answers
     * {@code complete: true} (with the device's own upload id if it has one, else none).
     */
    public UploadState create(String deviceId, UploadCreate request) {
        UploadRules.validate(request);
        return db.inTransaction(c -> {
            Optional<Upload> own = find(c, "device_id = ? AND hash = ?", deviceId, request.hash());
            Long storedSize = storedSize(c, request.hash());
            if (storedSize != null) {
                return new UploadState(own.map(Upload::uploadId).orElse(null), request.hash(), storedSize, storedSize, true);
            }
            if (own.isPresent()) {
                return sameSize(own.get(), request).state();
            }
            Upload fresh = new Upload(UUID.randomUUID().toString(), deviceId, request.hash(), request.size(),
                    request.mediaType(), 0, false);
            if (insert(c, fresh)) {
                LOG.info("upload {} created by {} for {} ({} bytes)", fresh.uploadId(), deviceId, fresh.hash(), fresh.size());
                return fresh.state();
            }
            // the same device created it concurrently: answer with that one
            return sameSize(find(c, "device_id = ? AND hash = ?", deviceId, request.hash()).orElseThrow(), request).state();
        });
    }

    /** The device's upload, or 404. */
    public Upload get(String deviceId, String uploadId) {
        return db.read(c -> find(c, "upload_id = ? AND device_id = ?", uploadId, deviceId))
                .orElseThrow(() -> ApiException.notFound("no upload " + uploadId + " for this device"));
    }

    /** Appends a chunk that starts at {@code offset}; the chunk's checksum was verified by the caller. */
    public PatchResult patch(String deviceId, String uploadId, long offset, byte[] chunk) {
        PatchResult result = db.inTransaction(c -> {
            Upload upload = find(c, "upload_id = ? AND device_id = ? FOR UPDATE", uploadId, deviceId)
                    .orElseThrow(() -> ApiException.notFound("no upload " + uploadId + " for this device"));
            if (upload.complete() || offset != upload.offset()) {
                return new PatchResult.OffsetMismatch(upload.offset());
            }
            if (offset + chunk.length > upload.size()) {
                throw ApiException.badRequest("the chunk runs past the upload length " + upload.size());
            }
            appendChunk(c, uploadId, offset, chunk);
            long reached = offset + chunk.length;
            if (reached < upload.size()) {
                return new PatchResult.Progress(reached);
            }
            return finish(c, upload);
        });
        LOG.debug("PATCH {} at {} ({} bytes): {}", uploadId, offset, chunk.length, result);
        return result;
    }

    private PatchResult finish(Connection c, Upload upload) throws SQLException {
        MessageDigest digest = Sha256.digest();
        Chunks.forEach(c, upload.uploadId(), digest::update);
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(upload.hash())) {
            update(c, "DELETE FROM upload WHERE upload_id = ?", upload.uploadId());
            LOG.warn("upload {} discarded: the blob hashes to {} instead of {}", upload.uploadId(), actual, upload.hash());
            return new PatchResult.HashMismatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stored_blob"
                + " (hash, size_bytes, media_type, upload_id, stored_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, upload.hash());
            ps.setLong(2, upload.size());
            ps.setString(3, upload.mediaType());
            ps.setString(4, upload.uploadId());
            Sql.setInstant(ps, 5, Sql.micros(clock.instant()));
            if (!Sql.insertUnlessDuplicate(c, ps)) {
                // another device stored the same blob meanwhile: keep theirs, drop our copy
                update(c, "DELETE FROM upload_chunk WHERE upload_id = ?", upload.uploadId());
            }
        }
        update(c, "UPDATE upload SET complete = TRUE WHERE upload_id = ?", upload.uploadId());
        LOG.info("blob {} stored ({} bytes) by upload {}", upload.hash(), upload.size(), upload.uploadId());
        return new PatchResult.Progress(upload.size());
    }

    private static void appendChunk(Connection c, String uploadId, long offset, byte[] chunk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO upload_chunk (upload_id, start_offset, data) VALUES (?, ?, ?)")) {
            ps.setString(1, uploadId);
            ps.setLong(2, offset);
            ps.setBytes(3, chunk);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE upload SET upload_offset = ? WHERE upload_id = ?")) {
            ps.setLong(1, offset + chunk.length);
            ps.setString(2, uploadId);
            ps.executeUpdate();
        }
    }

    private static Upload sameSize(Upload upload, UploadCreate request) {
        if (upload.size() != request.size()) {
            throw ApiException.badRequest("an upload of " + request.hash() + " with " + upload.size()
                    + " bytes is already open; this one claims " + request.size());
        }
        return upload;
    }

    private boolean insert(Connection c, Upload u) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO upload (" + COLUMNS + ", created_at)"
                + " VALUES (?, ?, ?, ?, ?, 0, FALSE, ?)")) {
            ps.setString(1, u.uploadId());
            ps.setString(2, u.deviceId());
            ps.setString(3, u.hash());
            ps.setLong(4, u.size());
            ps.setString(5, u.mediaType());
            Sql.setInstant(ps, 6, Sql.micros(clock.instant()));
            return Sql.insertUnlessDuplicate(c, ps);
        }
    }

    private static Optional<Upload> find(Connection c, String where, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM upload WHERE " + where)) {
            ps.setString(1, a);
            ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getLong(6), rs.getBoolean(7)));
            }
        }
    }

    private static Long storedSize(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT size_bytes FROM stored_blob WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void update(Connection c, String sql, String uploadId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, uploadId);
            ps.executeUpdate();
        }
    }
}
