package id.loket.sync.protocol.blob;

/**
 * {@code POST /v1/uploads}: start (or find again) the resumable upload of one blob. The centre
 * answers 201 with {@code Location: /v1/uploads/{id}}; asking again for the same hash from the
 * same device returns the same upload and its current offset, so a client that lost its
 * persisted location does not restart from byte zero.
 *
 * @param hash      lower-case hex SHA-256 of the whole blob (its address)
 * @param size      the blob's length in bytes (at most {@link #MAX_BLOB_BYTES})
 * @param mediaType e.g. {@code image/jpeg}, {@code image/png}, {@code application/pdf}
 */
public record UploadCreate(String hash, long size, String mediaType) {

    public static final long MAX_BLOB_BYTES = 32L * 1024 * 1024;
}
