package id.loket.sync.protocol;

/** The sync protocol version carried by every envelope and health reply. */
public final class ProtocolVersion {

    public static final int CURRENT = 1;

    /** The path prefix of every endpoint of this version. */
    public static final String PATH_PREFIX = "/v" + CURRENT;

    private ProtocolVersion() {
    }
}
