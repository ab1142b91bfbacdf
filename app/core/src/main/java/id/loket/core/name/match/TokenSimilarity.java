package id.loket.core.name.match;

/**
 * How alike two name words are, in [0, 1].
 *
 * <p>Words whose consonants line up letter group for letter group (Santoso/Santosa, Fajar/Pajar,
 * Putra/Putri) are compared slot by slot: a consonant of the same group costs 0.05; a vowel that
 * Indonesian names interchange (a/o as in Javanese Joko/Jaka, o/u as in Mohamad/Muhamad, e/i as in
 * Rezki/Rizki, ai/e, ai/oi, au/o) costs 0.03 inside the word and 0.04 at the end (a/o only); any
 * other vowel change costs 0.3, enough to make another name, inside the word (Heri/Hari,
 * Salim/Salam) and at the end, where Indonesian names inflect (Putra/Putri, Yanto/Yanti, Dewa/Dewi).
 *
 * <p>Other words are compared by Jaro-Winkler on their readings, less 0.3 when their phonetic keys
 * differ (Kurniawan/Kurniawati, Wahyuni/Wahyuningsih, Agus/Bagus, Suarjana/Suarsana), less 0.1 when
 * one key has one code more inside a word of at least three codes (a letter typed or left out:
 * Abdulrahman/Abdurahman), and less 0.15 when the keys agree but vowels, h or y moved
 * (Syahputra/Syaputra, Aisyah/Asiyah). The second reading of a word (old-spelling j/y, nj/ny, ch/c)
 * costs 0.05 and counts only when the consonants line up.
 */
final class TokenSimilarity {

    /** An initial against a word it may stand for. */
    static final double INITIAL = 0.85;
    private static final double ALTERNATIVE_READING = 0.05;
    private static final double SAME_GROUP_CONSONANT = 0.05;
    private static final double KEY_DIFFERS = 0.3;
    private static final double KEY_MIDDLE_DIFFERS = 0.1;
    private static final double KEY_SAME_SHAPE_DIFFERS = 0.15;
    /** Keys shorter than this are short words, where any difference makes another name. */
    private static final int SHORT_KEY = 3;

    private TokenSimilarity() {
    }

    static double of(NameToken a, NameToken b) {
        NameToken.Kind ka = a.kind();
        NameToken.Kind kb = b.kind();
        if (ka == NameToken.Kind.PARTICLE || kb == NameToken.Kind.PARTICLE) {
            return a.text().equals(b.text()) ? 1 : 0;
        }
        if (ka == NameToken.Kind.MUHAMMAD && kb == NameToken.Kind.MUHAMMAD) {
            return 1;
        }
        if (isInitial(a) || isInitial(b)) {
            NameToken initial = isInitial(a) ? a : b;
            NameToken other = initial == a ? b : a;
            return other.startsWith(initial.text().charAt(0)) ? (isInitial(other) ? 1 : INITIAL) : 0;
        }
        if (ka != kb) {
            return 0;
        }
        double best = words(a.reading(), b.reading(), a.keys().getFirst(), b.keys().getFirst());
        for (int i = 0; i < a.readings().size(); i++) {
            for (int j = i == 0 ? 1 : 0; j < b.readings().size(); j++) {
                best = Math.max(best, alike(a.readings().get(i), b.readings().get(j)) - ALTERNATIVE_READING);
            }
        }
        return best;
    }

    /** An initial, or the single-letter M that may be Muhammad or any other M-word. */
    private static boolean isInitial(NameToken t) {
        return t.kind() == NameToken.Kind.INITIAL || (t.kind() == NameToken.Kind.MUHAMMAD && t.text().length() == 1);
    }

    /** Similarity of two readings. */
    static double words(String a, String b) {
        return words(a, b, PhoneticKey.of(a), PhoneticKey.of(b));
    }

    /**
     * Similarity of two readings with their keys. When the keys differ so much that the words
     * cannot pair ({@link NameMatcher#WORD_MIN}), the result is only that upper bound: Jaro-Winkler
     * is not computed.
     */
    private static double words(String a, String b, String keyA, String keyB) {
        double alike = alike(a, b);
        if (alike >= 0) {
            return alike;
        }
        double penalty = keyPenalty(keyA, keyB);
        if (1 - penalty < NameMatcher.WORD_MIN) {
            return 1 - penalty;
        }
        return Math.max(0, JaroWinkler.similarity(a, b) - penalty);
    }

    /**
     * Similarity of two readings whose consonants line up group for group, slot by slot; -1 when
     * they do not line up. An alternative reading counts only this way: no typo on top of it.
     * Walks both readings once, without building their shapes.
     */
    private static double alike(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        double cost = 0;
        int i = 0;
        int j = 0;
        for (int slot = 0; ; slot++) {
            int vowelsA = i;
            int vowelsB = j;
            while (i < a.length() && Spelling.isVowel(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && Spelling.isVowel(b.charAt(j))) {
                j++;
            }
            boolean endA = i == a.length();
            if (endA != (j == b.length())) {
                return -1;
            }
            cost += VowelSlots.cost(a.substring(vowelsA, i), b.substring(vowelsB, j), endA && slot > 0);
            if (endA) {
                return Math.max(0, 1 - cost);
            }
            char ca = a.charAt(i++);
            char cb = b.charAt(j++);
            if (PhoneticKey.code(ca) != PhoneticKey.code(cb)) {
                return -1;
            }
            if (ca != cb) {
                cost += SAME_GROUP_CONSONANT;
            }
        }
    }

    private static double keyPenalty(String ka, String kb) {
        if (ka.equals(kb)) {
            return KEY_SAME_SHAPE_DIFFERS;
        }
        return oneInteriorCodeMore(ka, kb) || oneInteriorCodeMore(kb, ka) ? KEY_MIDDLE_DIFFERS : KEY_DIFFERS;
    }

    /** True when {@code longer} is {@code shorter} with one more code, neither first nor last (a typo). */
    private static boolean oneInteriorCodeMore(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1 || shorter.length() < SHORT_KEY) {
            return false;
        }
        for (int i = 1; i < longer.length() - 1; i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
