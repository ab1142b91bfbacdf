package id.loket.sync.agent.http;

/**
 * The centre (or something pretending to be it: a captive portal, a broken proxy) answered with a
 * reply the protocol does not allow: not JSON, too large, results for records that were not sent,
 * offsets beyond the blob. The reply is refused as a whole; nothing changes on the device.
 */
public class HostileReplyException extends RuntimeException {

    /** The error code the agent reports for a refused reply. */
    public static final String CODE = "hostile-reply";

    public HostileReplyException(String message) {
        super("refused the centre's reply: " + message);
    }

    public HostileReplyException(String message, Throwable cause) {
        super("refused the centre's reply: " + message, cause);
    }
}
