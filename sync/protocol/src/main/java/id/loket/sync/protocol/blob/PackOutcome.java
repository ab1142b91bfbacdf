package id.loket.sync.protocol.blob;

/** What the centre did with one blob of a pack (decided and committed before it replies). */
public enum PackOutcome {
    /** Verified against its hash and stored now. */
    STORED,
    /** The centre held it already: nothing written, the same answer as for a stored one. */
    HELD,
    /** Not stored (the code says why, e.g. {@code blob-hash-mismatch}); send it again. */
    REFUSED;

    /** True when the centre now holds the blob. */
    public boolean held() {
        return this != REFUSED;
    }
}
