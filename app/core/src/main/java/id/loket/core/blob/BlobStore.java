package id.loket.core.blob;

import id.loket.core.store.LoketStore;
import id.loket.sync.protocol.Sha256;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Photos, fingerprint images and document scans, addressed by their SHA-256 and kept inside the
 * encrypted database (table {@code blob}), so biometric data is never on disk in the clear.
 * {@link #put} joins the caller's transaction: an application and the images it references commit
 * together. Reads re-hash the bytes and refuse a blob that no longer matches its address.
 */
public final class BlobStore {

    private final LoketStore store;

    public BlobStore(LoketStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Stores the bytes (once: storing the same bytes again is a no-op) and returns their SHA-256 hex. */
    public String put(byte[] data, String mediaType) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mediaType, "mediaType");
        String hash = Sha256.hex(data);
        store.inTransaction(c -> {
            try (PreparedStatement ins = c.prepareStatement(
                    "MERGE INTO blob (hash, media_type, size, data) KEY (hash) VALUES (?, ?, ?, ?)")) {
                if (existsIn(c, hash)) {
                    return null;
                }
                ins.setString(1, hash);
                ins.setString(2, mediaType);
                ins.setLong(3, data.length);
                ins.setBytes(4, data);
                ins.executeUpdate();
            }
            return null;
        });
        return hash;
    }

    /**
     * The bytes stored under this hash, empty when there are none.
     *
     * @throws CorruptBlobException when the stored bytes no longer hash to their address
     */
    public Optional<byte[]> get(String hash) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT data FROM blob WHERE hash = ?")) {
                q.setString(1, hash);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<byte[]>empty();
                    }
                    byte[] data = rs.getBytes(1);
                    if (!Sha256.hex(data).equals(hash)) {
                        throw new CorruptBlobException(hash);
                    }
                    return Optional.of(data);
                }
            }
        });
    }

    /** True when a blob with this hash is stored (without reading it). */
    public boolean exists(String hash) {
        return store.read(c -> existsIn(c, hash));
    }

    /** The length of a stored blob without reading it, empty when there is none. */
    public OptionalLong size(String hash) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT size FROM blob WHERE hash = ?")) {
                q.setString(1, hash);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** The media type recorded for a blob. */
    public Optional<String> mediaType(String hash) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT media_type FROM blob WHERE hash = ?")) {
                q.setString(1, hash);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static boolean existsIn(java.sql.Connection c, String hash) throws java.sql.SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM blob WHERE hash = ?")) {
            q.setString(1, hash);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }
}
