package id.loket.sync.protocol;

/** The endpoints of protocol version 1, relative to the centre's base URL. */
public final class Paths {

    public static final String HEALTH = ProtocolVersion.PATH_PREFIX + "/health";
    public static final String DEVICES = ProtocolVersion.PATH_PREFIX + "/devices";
    public static final String BLOBS_MISSING = ProtocolVersion.PATH_PREFIX + "/blobs/missing";
    /** Several small blobs whole in one request, stored in one transaction (ADR 0015). */
    public static final String BLOB_PACKS = ProtocolVersion.PATH_PREFIX + "/blob-packs";
    public static final String UPLOADS = ProtocolVersion.PATH_PREFIX + "/uploads";
    public static final String BATCHES = ProtocolVersion.PATH_PREFIX + "/batches";
    public static final String STATUS = ProtocolVersion.PATH_PREFIX + "/status";
    public static final String APPOINTMENTS = ProtocolVersion.PATH_PREFIX + "/appointments";
    public static final String CENTRE_KEYS = ProtocolVersion.PATH_PREFIX + "/centre-keys";
    public static final String ADMIN_BUNDLES = ProtocolVersion.PATH_PREFIX + "/admin/bundles";
    public static final String ADMIN = ProtocolVersion.PATH_PREFIX + "/admin";

    private Paths() {
    }

    /** {@code /v1/uploads/{id}}. */
    public static String upload(String uploadId) {
        return UPLOADS + "/" + uploadId;
    }
}
