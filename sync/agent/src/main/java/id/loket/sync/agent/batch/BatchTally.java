package id.loket.sync.agent.batch;

import id.loket.sync.protocol.batch.Outcome;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Counts of one or more batches: results per outcome, local quarantines, images the centre lacks. */
public final class BatchTally {

    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private final Set<String> missingHashes = new HashSet<>();
    private int localQuarantines;
    private int batches;

    void add(Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    void addMissing(Iterable<String> hashes) {
        hashes.forEach(missingHashes::add);
    }

    void addLocalQuarantine() {
        localQuarantines++;
    }

    void addBatch() {
        batches++;
    }

    /** How many records got this outcome. */
    public int outcome(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    public Map<Outcome, Integer> outcomes() {
        return Collections.unmodifiableMap(new EnumMap<>(outcomes));
    }

    /** Hashes the centre reported missing (MISSING_BLOBS). */
    public Set<String> missingHashes() {
        return Set.copyOf(missingHashes);
    }

    /** Records quarantined before sending (payload damaged or too large). */
    public int localQuarantines() {
        return localQuarantines;
    }

    /** Batches the centre answered. */
    public int batches() {
        return batches;
    }
}
