package id.loket.sync.agent.ledger;

import id.loket.sync.protocol.status.StatusEvent;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The port through which the agent reads and changes the device's store (ADR 0008): the agent owns
 * no database and may not depend on {@code app/core}; the desktop module implements this over the
 * core services, tests over memory. Every method is a short, durable transaction of its own: when
 * it returns, the change survives a crash. Implementations must be safe to call from the agent's
 * thread while the UI uses the store.
 */
public interface DeviceLedger {

    // --- identity --------------------------------------------------------------------------

    /**
     * This device's id, office, counter and public key, making the key pair on first use.
     *
     * @throws IllegalStateException when the device is not set up (no office or counter yet)
     */
    DeviceCredentials credentials();

    /** Records that the centre at {@code centreBaseUrl} accepted this device's key. */
    void enrolled(String centreBaseUrl, Instant enrolledAt);

    /** Keeps the centre's public keys for bundles and receipts (from the enroll reply). */
    void centreKeys(id.loket.sync.protocol.bundle.CentreKeys keys);

    /**
     * True once the centre's public keys are kept; a device enrolled before the centre had them
     * (before USB bundles) gets them from {@code GET /v1/centre-keys} on its next drain.
     */
    boolean knowsCentreKeys();

    /** What the agent signs with, empty until enrolled. */
    Optional<Enrolment> enrolment();

    // --- outbox ----------------------------------------------------------------------------

    /**
     * Up to {@code limit} records still to deliver (PENDING, BLOBS_SENT, SENT) with a device
     * sequence above {@code afterSeq}, in sequence order. Quarantined records never appear.
     */
    List<OutgoingRecord> outgoing(long afterSeq, int limit);

    /**
     * Applies state changes all together or not at all.
     *
     * @throws IllegalStateException when a change is not allowed by the outbox's state machine
     */
    void transition(List<RecordTransition> changes);

    /** Marks every undelivered record at or below the centre's highest unbroken sequence ACKNOWLEDGED. */
    int acknowledgeUpTo(long highestUnbrokenSeq);

    /** Quarantined records with their reasons, oldest first. */
    List<QuarantinedRecord> quarantined();

    // --- blobs and uploads -----------------------------------------------------------------

    /** A stored image by its SHA-256; empty when it is missing or no longer matches its address. */
    Optional<LocalBlob> blob(String hash);

    /** A stored image's length without reading it; empty when it is missing. */
    OptionalLong blobSize(String hash);

    /** The persisted upload of a blob, if one was started or the blob is known to be at the centre. */
    Optional<UploadProgress> upload(String hash);

    /**
     * The persisted uploads of several blobs at once, keyed by hash (blobs without one are absent).
     * The default asks {@link #upload} for each; a store answers with one query, since the agent
     * asks this for every blob of a round before it sends anything.
     */
    default Map<String, UploadProgress> uploads(Collection<String> hashes) {
        Map<String, UploadProgress> found = new HashMap<>();
        for (String hash : hashes) {
            upload(hash).ifPresent(u -> found.put(hash, u));
        }
        return found;
    }

    /** Persists an upload's location and the offset the centre confirmed. */
    void saveUpload(UploadProgress progress);

    /** Forgets a blob's upload: the centre discarded it or lost the blob. */
    void forgetUpload(String hash);

    // --- status feed -----------------------------------------------------------------------

    /** The status feed position applied last (0 before the first). */
    long statusCursor();

    /**
     * Applies one decision of the feed in one transaction with the cursor advance; a decision at
     * or below the cursor changes nothing.
     */
    DecisionOutcome applyDecision(StatusEvent event);

    // --- progress --------------------------------------------------------------------------

    /** Pending records, bytes left, quarantined count and the last attempts. */
    LedgerSummary summary();

    /** Records an attempt: a success when {@code errorCode} is null, else the failure's stable code. */
    void recordAttempt(Instant at, String errorCode);
}
