package id.loket.core.store;

/** A sealed file that is damaged, truncated, or not sealed for its address with this store's key. */
public final class SealedFileException extends RuntimeException {

    private final String hash;

    public SealedFileException(String hash, String problem) {
        super("sealed file " + hash + ": " + problem);
        this.hash = hash;
    }

    public String hash() {
        return hash;
    }
}
