package id.loket.core.blob;

/** A stored blob's bytes no longer match its SHA-256 address: damaged or tampered with. */
public class CorruptBlobException extends RuntimeException {

    public CorruptBlobException(String hash) {
        super("blob " + hash + " does not match its SHA-256; it is damaged");
    }
}
