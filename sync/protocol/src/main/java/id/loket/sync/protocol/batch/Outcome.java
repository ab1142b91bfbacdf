package id.loket.sync.protocol.batch;

/** What the centre did with one record of a batch, decided and committed before it replies. */
public enum Outcome {
    /** Stored now. */
    ACCEPTED,
    /** Already held with the same hash: stored once, the original receipt returned. */
    DUPLICATE,
    /** Already held with a different hash: never overwritten; the device quarantines its copy. */
    CONFLICT,
    /** Refused for good (the code says why); the device quarantines it. */
    REJECTED,
    /** Some referenced images are not at the centre; upload them and send the record again. */
    MISSING_BLOBS,
    /** Not processed this time (e.g. the centre is shedding load); send it again later. */
    RETRY_LATER;

    /** True when the centre now holds the record (the device may mark it acknowledged). */
    public boolean held() {
        return this == ACCEPTED || this == DUPLICATE;
    }
}
