package id.loket.sync.central.blob;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Blobs this instance of the centre saw committed in the last minutes: the packs it stored, and
 * the blobs their "which are missing" query found held. A batch's records reference the images the
 * same device packed a moment before, so the batch's check that every image is at the centre
 * (ADR 26) looks here first and asks the database only about the rest.
 *
 * <p>Only hashes of committed rows go in, never from inside an open transaction (a bundle import's
 * blobs stay out until its commit, and it does not use this). The centre never deletes a blob, so a
 * hash seen held stays held; entries still expire after {@link #TTL}, so even a database restored
 * to an earlier point under a running instance is trusted for minutes at most. Several instances
 * each keep their own; one that missed a pack asks the database, as before.
 */
public final class KnownBlobs {

    /** How long a hash seen held is trusted. */
    public static final Duration TTL = Duration.ofMinutes(10);
    /** The most hashes kept (about 16 MB); the oldest go first. */
    public static final int CAPACITY = 100_000;

    private final LongSupplier nanoTime;
    private final int capacity;
    private final Map<String, Long> seen;

    public KnownBlobs() {
        this(System::nanoTime, CAPACITY);
    }

    KnownBlobs(LongSupplier nanoTime, int capacity) {
        this.nanoTime = nanoTime;
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > KnownBlobs.this.capacity;
            }
        };
    }

    /** Remembers hashes whose rows are committed in {@code stored_blob}. */
    public synchronized void held(Collection<String> hashes) {
        long now = nanoTime.getAsLong();
        for (String hash : hashes) {
            seen.remove(hash);
            seen.put(hash, now);
        }
    }

    /** The hashes of {@code hashes} not seen held within {@link #TTL}, in their order. */
    public synchronized List<String> unknown(Collection<String> hashes) {
        long now = nanoTime.getAsLong();
        List<String> unknown = new ArrayList<>();
        for (String hash : hashes) {
            Long at = seen.get(hash);
            if (at == null || now - at > TTL.toNanos()) {
                unknown.add(hash);
            }
        }
        return unknown;
    }
}
