package id.loket.sync.protocol.blob;

/**
 * The centre's view of one upload (reply to create; HEAD carries the same in headers).
 *
 * @param uploadId where it lives: {@code /v1/uploads/{uploadId}}
 * @param hash     the blob's address
 * @param size     total length
 * @param offset   bytes received and verified so far; PATCH must start here
 * @param complete true when the blob is stored (the upload may already be gone)
 */
public record UploadState(String uploadId, String hash, long size, long offset, boolean complete) {
}
