package id.loket.devices.sbi.jws;

/** A value that should be a compact JWS (or base64url JSON) but is not. */
public final class JwsFormatException extends Exception {
    public JwsFormatException(String message) {
        super(message);
    }

    public JwsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
