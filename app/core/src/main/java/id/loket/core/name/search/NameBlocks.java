package id.loket.core.name.search;

import id.loket.core.name.match.IndonesianNameNormaliser;
import id.loket.core.name.match.NameToken;
import id.loket.core.name.match.NormalisedName;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocking keys of {@code name_index}: a search looks up the keys of its query and scores only
 * the applications filed under them. A stored name is filed under
 * <ul>
 *   <li>{@code P:k1+k2}: the phonetic keys of two of its words, in any order, a father's name after
 *       bin / binti included (an initial's key is its letter and a dot: "S."), and of each pair of
 *       adjacent words written as one with each other word (Nur Aini Lestari: Nuraini + Lestari);</li>
 *   <li>{@code V:k1+k2}: the same with one word as its initial, so a query "Budi S." finds
 *       "Budi Santoso" (apart from {@code P:} so that full-word queries do not read them);</li>
 *   <li>{@code S:k}: its one distinctive word, when it has only one (a single name, "Budi S.",
 *       "Muhammad Firman", "Siti Aminah", "Ahmad bin Abdullah");</li>
 *   <li>{@code J:k}: each pair of adjacent words written as one (a query "Nuraini" finds "Nur Aini").</li>
 * </ul>
 * A query with two or more distinctive words reads the pairs of those words (also with one as its
 * initial, written together, or as its initial in {@code P:} to find a stored "Budi S."): a name
 * sharing fewer of them reaches the threshold at best exactly (Siti Aminah Lestari / Siti Aminah:
 * 0.75). A query with at most one distinctive word reads all its pairs and that word alone (a
 * common word alone, a father's name alone cannot reach the threshold). Blocks
 * use at most the first {@value #MAX_WORDS} words. Besides the name, an application is filed under
 * its date of birth ({@code D:}) and NIK ({@code N:}).
 */
final class NameBlocks {

    static final int MAX_WORDS = 6;
    /** Longest key stored ({@code name_index.block_key}); longer keys are cut, on both sides alike. */
    static final int MAX_KEY = 80;

    private NameBlocks() {
    }

    /** The keys a stored name is filed under. */
    static Set<String> stored(NormalisedName name) {
        Set<String> out = new LinkedHashSet<>();
        List<NameToken> own = words(name.own());
        List<NameToken> distinctive = distinctive(own);
        for (NameToken t : distinctive.size() == 1 ? distinctive : distinctive.isEmpty() ? own : List.<NameToken>of()) {
            singles("S:", t, out);
        }
        List<NameToken> all = words(name.all());
        for (int i = 0; i + 1 < own.size(); i++) {
            NameToken joined = IndonesianNameNormaliser.joined(own.get(i), own.get(i + 1), name.oldSpelling());
            if (joined != null) {
                singles("J:", joined, out);
                joinedPairs(joined, all, out);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                pairs("P:", all.get(i).keys(), all.get(j).keys(), out);
                pairs("V:", all.get(i).initialKeys(), all.get(j).keys(), out);
                pairs("V:", all.get(i).keys(), all.get(j).initialKeys(), out);
            }
        }
        return out;
    }

    /** The keys a query looks up, the most selective first. */
    static Set<String> query(NormalisedName name) {
        Set<String> out = new LinkedHashSet<>();
        List<NameToken> own = words(name.own());
        boolean broad = distinctive(own).size() <= 1;
        List<NameToken> all = broad ? words(name.all()) : distinctive(words(name.all()));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                List<String> a = queryKeys(all.get(i));
                List<String> b = queryKeys(all.get(j));
                pairs("P:", a, b, out);
                if (isInitial(all.get(i)) || isInitial(all.get(j))) {
                    pairs("V:", a, b, out);
                }
                pairs("P:", all.get(i).initialKeys(), all.get(j).keys(), out);
                pairs("P:", all.get(i).keys(), all.get(j).initialKeys(), out);
            }
        }
        int distinctive = distinctive(own).size();
        for (int i = 0; i + 1 < own.size(); i++) {
            NameToken joined = IndonesianNameNormaliser.joined(own.get(i), own.get(i + 1), name.oldSpelling());
            if (joined != null) {
                joinedPairs(joined, all, out);
                boolean bothDistinctive = own.get(i).weight() >= 1 && own.get(i + 1).weight() >= 1;
                if (broad || (distinctive == 2 && bothDistinctive)) {
                    singles("S:", joined, out);
                }
            }
        }
        if (broad) {
            for (NameToken t : distinctive == 0 ? own : distinctive(own)) {
                singles("S:", t, out);
                singles("J:", t, out);
            }
        }
        return out;
    }

    /** The date-of-birth block; null without a date. */
    static String birthDate(LocalDate date) {
        return date == null ? null : "D:" + date;
    }

    /** The NIK block (spaces removed); null without a NIK. */
    static String nik(String nik) {
        String digits = nik == null ? "" : nik.replaceAll("\\s+", "");
        return digits.isEmpty() ? null : cut("N:" + digits);
    }

    /** A query word's keys; a lone M (Muhammad or an initial) also as the initial "M.". */
    private static List<String> queryKeys(NameToken t) {
        if (t.kind() == NameToken.Kind.MUHAMMAD && t.text().length() == 1) {
            List<String> keys = new ArrayList<>(t.keys());
            keys.addAll(t.initialKeys());
            return keys;
        }
        return t.keys();
    }

    private static boolean isInitial(NameToken t) {
        return t.kind() == NameToken.Kind.INITIAL || t.text().length() == 1;
    }

    private static List<NameToken> distinctive(List<NameToken> words) {
        return words.stream().filter(t -> t.kind() == NameToken.Kind.WORD && t.weight() >= 1).toList();
    }

    /** A word written together from two, paired with each other word of the name. */
    private static void joinedPairs(NameToken joined, List<NameToken> all, Set<String> out) {
        for (NameToken other : all) {
            if (!joined.text().contains(other.text())) {
                pairs("P:", joined.keys(), other.keys(), out);
            }
        }
    }

    private static void singles(String kind, NameToken t, Set<String> out) {
        for (String k : t.keys()) {
            out.add(cut(kind + k));
        }
    }

    private static void pairs(String kind, List<String> as, List<String> bs, Set<String> out) {
        for (String a : as) {
            for (String b : bs) {
                out.add(cut(firstInPair(a, b) ? kind + a + "+" + b : kind + b + "+" + a));
            }
        }
    }

    /** The order of a pair's keys: a word before an initial ("S."), otherwise alphabetical. */
    private static boolean firstInPair(String a, String b) {
        boolean initialA = a.endsWith(".");
        boolean initialB = b.endsWith(".");
        return initialA == initialB ? a.compareTo(b) <= 0 : initialB;
    }

    private static String cut(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    /** The words that carry keys (no particles), at most {@value #MAX_WORDS}. */
    private static List<NameToken> words(List<NameToken> tokens) {
        List<NameToken> out = new ArrayList<>();
        for (NameToken t : tokens) {
            if (t.kind() != NameToken.Kind.PARTICLE && out.size() < MAX_WORDS) {
                out.add(t);
            }
        }
        return out;
    }
}
