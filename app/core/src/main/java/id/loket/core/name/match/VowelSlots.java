package id.loket.core.name.match;

import java.util.Set;

/** What it costs when two words with the same consonants differ in the vowels of one slot. */
final class VowelSlots {

    /** Vowel changes within one name: Javanese a/o, o/u, e/i, and the diphthongs ai/e, ai/oi, au/o. */
    private static final Set<String> INTERCHANGED = Set.of("A|O", "O|U", "E|I", "AI|E", "AI|OI", "AU|O");
    private static final double INTERCHANGED_INSIDE = 0.03;
    private static final double INTERCHANGED_END = 0.04;
    /** Any other change, a vowel missing included: another name, or a typo that the score does not forgive. */
    private static final double OTHER = 0.3;

    private VowelSlots() {
    }

    /**
     * Runs of two or more vowels of equal length (Prasetyo/Prasetya: io/ia) are compared vowel by vowel.
     *
     * @param a   vowels of one word in this slot (may be empty)
     * @param b   vowels of the other word in the same slot
     * @param end whether the slot ends the word (after its last consonant)
     */
    static double cost(String a, String b, boolean end) {
        if (a.equals(b)) {
            return 0;
        }
        String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        if (INTERCHANGED.contains(pair)) {
            return end ? (pair.equals("A|O") ? INTERCHANGED_END : OTHER) : INTERCHANGED_INSIDE;
        }
        if (a.length() != b.length() || a.length() < 2) {
            return OTHER;
        }
        double cost = 0;
        for (int i = 0; i < a.length(); i++) {
            cost += cost(a.substring(i, i + 1), b.substring(i, i + 1), end && i == a.length() - 1);
        }
        return cost;
    }
}
