package id.loket.core.blob;

import id.loket.core.store.LoketStore;
import id.loket.core.store.SealedFileException;
import id.loket.core.store.SealedFiles;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Photos, fingerprint images and document scans, addressed by their SHA-256 and kept as files
 * sealed with AES-256-GCM beside the database ({@link SealedFiles}, ADR 9), so biometric data is
 * never on disk in the clear. {@link #put} returns once the file is durable, so a record that
 * refers to the hash and commits afterwards never points at a missing image. Reads authenticate
 * the file, and refuse a blob that no longer matches its address (ADR 22: a file sealed by
 * {@link #put} is not hashed again, its authentication proves its bytes are those hashed).
 */
public final class BlobStore {

    private final SealedFiles files;

    public BlobStore(LoketStore store) {
        this.files = Objects.requireNonNull(store, "store").sealedFiles();
    }

    /** Stores the bytes (once: storing the same bytes again is a no-op) and returns their SHA-256 hex. */
    public String put(byte[] data, String mediaType) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mediaType, "mediaType");
        return files.seal(data, mediaType);
    }

    /** An image to store with {@link #putAll}. */
    public record Put(byte[] data, String mediaType) {
    }

    /**
     * Stores several images and returns their hashes in order, once all of them are on disk: one
     * journal commit for the batch instead of one per image (bulk imports).
     */
    public java.util.List<String> putAll(java.util.List<Put> images) {
        return files.sealAll(images.stream().map(p -> new SealedFiles.Plain(p.data(), p.mediaType())).toList());
    }

    /**
     * The bytes stored under this hash, empty when there are none.
     *
     * @throws CorruptBlobException when the stored file is damaged or its bytes no longer hash to their address
     */
    public Optional<byte[]> get(String hash) {
        return open(hash).map(SealedFiles.Opened::data);
    }

    /** True when a blob with this hash is stored (without reading it). */
    public boolean exists(String hash) {
        return files.exists(hash);
    }

    /** The length of a stored blob without reading it, empty when there is none. */
    public OptionalLong size(String hash) {
        return files.size(hash);
    }

    /** The media type recorded for a blob. */
    public Optional<String> mediaType(String hash) {
        return open(hash).map(SealedFiles.Opened::mediaType);
    }

    /**
     * The bytes and media type stored under this hash, read and checked once (the sync agent
     * needs both; {@link #get} then {@link #mediaType} would decrypt the file twice).
     *
     * @throws CorruptBlobException as {@link #get}
     */
    public Optional<SealedFiles.Opened> read(String hash) {
        return open(hash);
    }

    private Optional<SealedFiles.Opened> open(String hash) {
        try {
            return files.read(hash);
        } catch (SealedFileException e) {
            throw new CorruptBlobException(hash);
        }
    }
}
