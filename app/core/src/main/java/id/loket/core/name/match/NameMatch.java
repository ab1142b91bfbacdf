package id.loket.core.name.match;

/**
 * The result of comparing two names: a score in [0, 1] and whether it reaches {@link #THRESHOLD}.
 *
 * @param score 1 for the same name (after normalisation), 0 for nothing in common
 */
public record NameMatch(double score) {

    /**
     * From this score on, two names are taken as possibly the same person's. Chosen on the labelled
     * pairs in {@code name-pairs.tsv} (docs/names.md): F1 is highest and flat from 0.71 to 0.80, and
     * 0.75 lies midway between the highest-scoring different-person pair (0.706, Ni Putu Ayu / Ni Kadek
     * Ayu; one a/o confusion, Dina / Dino, scores 0.98 at any threshold) and the lowest-scoring
     * same-person pair (0.800, Siti Khadijah / Khadijah).
     */
    public static final double THRESHOLD = 0.75;

    public NameMatch {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
    }

    /** True when the names may well belong to the same person. */
    public boolean likelySame() {
        return score >= THRESHOLD;
    }
}
