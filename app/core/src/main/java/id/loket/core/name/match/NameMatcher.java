package id.loket.core.name.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores how likely two Indonesian names are to be the same person's name, in [0, 1].
 *
 * <p>Both names are normalised ({@link IndonesianNameNormaliser}); their words are paired
 * regardless of order, each word with the most similar unpaired word of the other name
 * ({@link TokenSimilarity}, pairs below {@value #WORD_MIN} are not made), and the score is a
 * weighted Dice coefficient: twice the weighted similarity of the pairs over the weight of all
 * words of both names, so an unpaired word lowers it by its weight (1 for a distinctive word, 0.5
 * for a common one such as Siti or Made, 0.4 for Muhammad, 0.2 for a particle such as Balinese I).
 * Two adjacent words of one name may also pair with one word of the other written together
 * (Nur Aini / Nuraini) at a cost of 0.02.
 *
 * <p>bin / binti: when both names give a father's name, a different father lowers the score
 * (own-name score times 0.6 + 0.4 x father-name score); when only one does, it counts either as
 * absent (cost 0.02) or as part of the name (Ahmad bin Abdullah / Ahmad Abdullah), whichever fits.
 */
public final class NameMatcher {

    /** Word pairs less similar than this are not pairs. */
    public static final double WORD_MIN = 0.75;
    private static final double JOINED_WORDS = 0.02;
    private static final double PATRONYM_ABSENT = 0.02;

    private NameMatcher() {
    }

    /** The score of two names as typed (titles, punctuation and case do not matter). */
    public static double score(String a, String b) {
        return score(IndonesianNameNormaliser.normalise(a), IndonesianNameNormaliser.normalise(b));
    }

    /** The score and the verdict at {@link NameMatch#THRESHOLD}. */
    public static NameMatch match(String a, String b) {
        return new NameMatch(score(a, b));
    }

    /** The score of two normalised names (normalise a query once when scoring it against many). */
    public static double score(NormalisedName a, NormalisedName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double own = words(a.own(), a.oldSpelling(), b.own(), b.oldSpelling());
        if (a.hasPatronym() && b.hasPatronym()) {
            double father = words(a.patronym(), a.oldSpelling(), b.patronym(), b.oldSpelling());
            return clamp(own * (0.6 + 0.4 * father));
        }
        if (a.hasPatronym() || b.hasPatronym()) {
            double asPart = words(a.all(), a.oldSpelling(), b.all(), b.oldSpelling());
            return clamp(Math.max(own - PATRONYM_ABSENT, asPart));
        }
        return clamp(own);
    }

    private static double words(List<NameToken> a, boolean oldA, List<NameToken> b, boolean oldB) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double best = dice(a, b);
        for (List<NameToken> x : joinings(a, oldA, b)) {
            best = Math.max(best, dice(x, b) - JOINED_WORDS);
        }
        for (List<NameToken> y : joinings(b, oldB, a)) {
            best = Math.max(best, dice(a, y) - JOINED_WORDS);
        }
        return best;
    }

    /** Each way of writing two adjacent words of a name as one word that pairs with a word of {@code other}. */
    private static List<List<NameToken>> joinings(List<NameToken> words, boolean old, List<NameToken> other) {
        List<List<NameToken>> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            NameToken first = words.get(i);
            if (!anyCouldBeJoined(first, other)) {
                continue;
            }
            NameToken joined = IndonesianNameNormaliser.joined(first, words.get(i + 1), old);
            if (joined != null && anyPairs(joined, other)) {
                List<NameToken> copy = new ArrayList<>(words.subList(0, i));
                copy.add(joined);
                copy.addAll(words.subList(i + 2, words.size()));
                out.add(copy);
            }
        }
        return out;
    }

    private static boolean anyCouldBeJoined(NameToken first, List<NameToken> other) {
        for (NameToken t : other) {
            if (couldBeJoined(first, t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPairs(NameToken joined, List<NameToken> other) {
        for (NameToken t : other) {
            if (TokenSimilarity.of(joined, t) >= WORD_MIN) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test before building a joined word: {@code t} is a longer word starting like {@code first}. */
    private static boolean couldBeJoined(NameToken first, NameToken t) {
        return t.kind() == NameToken.Kind.WORD && first.kind() == NameToken.Kind.WORD
                && t.reading().length() > first.reading().length()
                && t.reading().charAt(0) == first.reading().charAt(0);
    }

    /** Weighted Dice over a greedy best pairing of the words, regardless of order. */
    static double dice(List<NameToken> a, List<NameToken> b) {
        int n = a.size();
        int m = b.size();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = TokenSimilarity.of(a.get(i), b.get(j));
            }
        }
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        double paired = 0;
        while (true) {
            int bi = -1;
            int bj = -1;
            double bestValue = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double value = sim[i][j] * (a.get(i).weight() + b.get(j).weight());
                    if (!usedA[i] && !usedB[j] && sim[i][j] >= WORD_MIN && value > bestValue) {
                        bestValue = value;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedA[bi] = true;
            usedB[bj] = true;
            paired += bestValue;
        }
        double total = 0;
        for (NameToken t : a) {
            total += t.weight();
        }
        for (NameToken t : b) {
            total += t.weight();
        }
        return total == 0 ? 0 : paired / total;
    }

    private static double clamp(double v) {
        return Math.clamp(v, 0.0, 1.0);
    }
}
