package id.loket.sync.central.blob;

import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stored blobs, addressed by SHA-256. Their bytes are in a segment file (ADR 0017) or, for a blob
 * that completed a resumable upload or a centre without a blob directory, the chunks of that upload.
 */
public final class BlobStore {

    private final Database db;
    private final BlobSegments segments;

    /** Blobs indexed in {@code db}; {@code segments} may be null when no blob directory is used. */
    public BlobStore(Database db, BlobSegments segments) {
        this.db = db;
        this.segments = segments;
    }

    /** Which of these hashes the centre lacks, in the order asked, each once. */
    public List<String> missing(Collection<String> hashes) {
        return db.read(c -> missing(c, hashes));
    }

    /** The same inside the caller's transaction. */
    public static List<String> missing(Connection c, Collection<String> hashes) throws SQLException {
        List<String> asked = new ArrayList<>(new LinkedHashSet<>(hashes));
        if (asked.isEmpty()) {
            return asked;
        }
        Set<String> held = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM stored_blob WHERE hash = ANY(?)")) {
            Sql.setTexts(c, ps, 1, asked);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(rs.getString(1));
                }
            }
        }
        asked.removeIf(held::contains);
        return asked;
    }

    /** A stored blob's bytes (for administrators and tests). */
    public Optional<byte[]> read(String hash) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT upload_id, segment, segment_offset, size_bytes FROM stored_blob WHERE hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String segment = rs.getString(2);
                    if (segment != null) {
                        if (segments == null) {
                            throw new IllegalStateException("blob " + hash + " is in segment " + segment
                                    + " but this centre was started without its blob directory");
                        }
                        return Optional.of(segments.read(segment, rs.getLong(3), Math.toIntExact(rs.getLong(4))));
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Chunks.forEach(c, rs.getString(1), out::writeBytes);
                    return Optional.of(out.toByteArray());
                }
            }
        });
    }
}
