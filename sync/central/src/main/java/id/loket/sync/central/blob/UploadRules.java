package id.loket.sync.central.blob;

import id.loket.sync.central.http.ApiException;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.UploadCreate;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

/** Checks of upload requests that need no database. */
final class UploadRules {

    private static final String CHECKSUM_ALGORITHM = "sha256";

    /** Compiled once: every blob of every pack is checked against it. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9.+-]{1,40}/[a-zA-Z0-9.+-]{1,58}");

    private UploadRules() {
    }

    static void validate(UploadCreate r) {
        if (!Sha256.isHex(r.hash())) {
            throw ApiException.badRequest("the hash must be 64 lower-case hex digits");
        }
        if (r.size() < 1) {
            throw ApiException.badRequest("the size must be at least one byte");
        }
        if (r.size() > UploadCreate.MAX_BLOB_BYTES) {
            throw ApiException.tooLarge("a blob may have at most " + UploadCreate.MAX_BLOB_BYTES + " bytes");
        }
        if (r.mediaType() == null || !MEDIA_TYPE.matcher(r.mediaType()).matches()) {
            throw ApiException.badRequest("the media type must look like image/jpeg");
        }
    }

    static long offset(String header) {
        if (header == null) {
            throw ApiException.badRequest("the " + Headers.UPLOAD_OFFSET + " header is required");
        }
        try {
            long offset = Long.parseLong(header.strip());
            if (offset < 0) {
                throw ApiException.badRequest(Headers.UPLOAD_OFFSET + " must not be negative");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(Headers.UPLOAD_OFFSET + " must be a whole number");
        }
    }

    /**
     * True when {@code Upload-Checksum: sha256 <base64>} matches the chunk.
     *
     * @throws ApiException 400 when the header is missing or malformed
     */
    static boolean checksumMatches(String header, byte[] chunk) {
        if (header == null) {
            throw ApiException.badRequest("the " + Headers.UPLOAD_CHECKSUM + " header is required");
        }
        String[] parts = header.strip().split(" +", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase(CHECKSUM_ALGORITHM)) {
            throw ApiException.badRequest(Headers.UPLOAD_CHECKSUM + " must be 'sha256 <base64 digest>'");
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(parts[1].strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(Headers.UPLOAD_CHECKSUM + " is not base64");
        }
        return MessageDigest.isEqual(claimed, Sha256.digest().digest(chunk));
    }
}
