package id.loket.sync.protocol;

/** HTTP header names of the sync protocol. */
public final class Headers {

    /** The enrolled device id that signed the request. */
    public static final String DEVICE = "Loket-Device";
    /** When the device signed the request (ISO-8601); for the record only, never for ordering. */
    public static final String TIMESTAMP = "Loket-Timestamp";
    /** Lower-case hex SHA-256 of the request body as sent (after compression), empty body included. */
    public static final String CONTENT_SHA256 = "Loket-Content-SHA256";
    /** Base64 Ed25519 signature over {@link id.loket.sync.protocol.security.RequestSigning#payload}. */
    public static final String SIGNATURE = "Loket-Signature";
    /** Bearer token of the centre's administrator endpoints. */
    public static final String AUTHORIZATION = "Authorization";
    /** tus-style: the byte offset of an upload (HEAD reply, PATCH request and reply). */
    public static final String UPLOAD_OFFSET = "Upload-Offset";
    /** tus-style: the total length of an upload (HEAD reply). */
    public static final String UPLOAD_LENGTH = "Upload-Length";
    /** tus checksum extension: {@code sha256 <base64 digest of the chunk>}. */
    public static final String UPLOAD_CHECKSUM = "Upload-Checksum";
    /** Seconds the client must wait before its next request (503 and 429 replies). */
    public static final String RETRY_AFTER = "Retry-After";
    /** Where a created upload lives: {@code /v1/uploads/{id}}. */
    public static final String LOCATION = "Location";

    private Headers() {
    }
}
