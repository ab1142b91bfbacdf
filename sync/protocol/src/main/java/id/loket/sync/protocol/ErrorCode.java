package id.loket.sync.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * Stable error codes of the sync protocol. The wire carries {@link #code()}; clients decide on the
 * code (never on the message text) and show their own message in the officer's language.
 */
public enum ErrorCode {
    /** The request is malformed (JSON, headers, sizes); do not retry it unchanged. */
    BAD_REQUEST("bad-request", false),
    /** The client speaks a protocol version the centre does not. */
    UNSUPPORTED_VERSION("unsupported-version", false),
    /** The device id is not enrolled (or was revoked). */
    UNKNOWN_DEVICE("unknown-device", false),
    /** The request signature does not verify against the enrolled device key. */
    BAD_SIGNATURE("bad-signature", false),
    /** The enrollment token is unknown, used or expired. */
    ENROLLMENT_REFUSED("enrollment-refused", false),
    /** The administrator token is missing or wrong. */
    FORBIDDEN("forbidden", false),
    /** No such upload, record or resource. */
    NOT_FOUND("not-found", false),
    /** A PATCH started at an offset other than the upload's current offset: HEAD and resume. */
    UPLOAD_OFFSET_MISMATCH("upload-offset-mismatch", true),
    /** A chunk's checksum did not match its bytes: resend the chunk. */
    UPLOAD_CHECKSUM_MISMATCH("upload-checksum-mismatch", true),
    /** The completed upload does not hash to the blob's address; the upload was discarded. */
    BLOB_HASH_MISMATCH("blob-hash-mismatch", true),
    /**
     * A record's id is held at the centre with other content (another hash): this copy was not
     * stored, and sending it again will not change that. Carried by a {@code CONFLICT} result.
     */
    RECORD_CONFLICT("record-conflict", false),
    /** Too large (a chunk, a batch, a blob). */
    TOO_LARGE("too-large", false),
    /** The centre is busy or in maintenance: retry after the Retry-After header. */
    RETRY_LATER("retry-later", true),
    /** Something broke at the centre; retry with backoff. */
    INTERNAL("internal", true),
    /** Not a Loket bundle file (wrong magic, unreadable header). */
    BUNDLE_UNREADABLE("bundle-unreadable", false),
    /** The bundle file ends early (the stick was pulled while it was written). */
    BUNDLE_TRUNCATED("bundle-truncated", false),
    /** The bundle was encrypted to another centre's key. */
    BUNDLE_WRONG_KEY("bundle-wrong-key", false),
    /** A segment does not authenticate: the file was altered or damaged. */
    BUNDLE_DAMAGED("bundle-damaged", false),
    /** The manifest's signature does not verify with the device's enrolled key (tampered manifest). */
    BUNDLE_BAD_SIGNATURE("bundle-bad-signature", false),
    /** An entry's bytes do not hash to what the manifest lists (tampered record or image). */
    BUNDLE_ENTRY_MISMATCH("bundle-entry-mismatch", false),
    /** Entries missing from, or not listed in, the manifest. */
    BUNDLE_INCOMPLETE("bundle-incomplete", false),
    /** A bundle with this id was imported before. */
    BUNDLE_REPLAYED("bundle-replayed", false);

    private final String code;
    private final boolean retryable;

    ErrorCode(String code, boolean retryable) {
        this.code = code;
        this.retryable = retryable;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** True when the same request may succeed later (after backoff or a fresh HEAD). */
    public boolean retryable() {
        return retryable;
    }

    /** The code for a wire value; unknown values (a newer centre) map to {@link #INTERNAL}. */
    @JsonCreator
    public static ErrorCode of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst().orElse(INTERNAL);
    }
}
