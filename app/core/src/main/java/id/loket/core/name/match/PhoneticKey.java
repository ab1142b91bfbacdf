package id.loket.core.name.match;

/**
 * A Soundex-style phonetic key for one Indonesian name word, in the modern-spelling reading that
 * {@link IndonesianNameNormaliser} gives it. It follows the modified Soundex for Indonesian names
 * of Rahadian, Ciptasari and Adiwijaya (STT Telkom) and Priyadi's Indonesian phonetic algorithm:
 * the old spelling is normalised first, then letters that Indonesians interchange in names share a
 * code, and vowels and h are dropped after the first letter.
 *
 * <p>Codes: b p f v -> P; d t -> T; g k q -> K; j y z -> J (old j is modern y; Sundanese writes z
 * as j); s x -> S (and sy is s); c, l, m, n, r, w keep their own code. Unlike English Soundex,
 * m and n, and l and r stay apart (Mina/Nina, Lina/Rina are different names) and the key is not
 * cut to four characters: it is a blocking key and a scoring feature, and names are short.
 * A first vowel is written A (Umar, Oemar, Omar -> AMR); a y after n or s belongs to ny/sy.
 * Examples: SUSILO -> SSL, SANTOSA and SANTOSO -> SNTS, AHMAD and AHMAT -> AMT.
 */
public final class PhoneticKey {

    private PhoneticKey() {
    }

    /** The key of a word reading (upper case A-Z); empty for an empty word. */
    public static String of(String reading) {
        StringBuilder key = new StringBuilder(reading.length());
        char previous = 0;
        for (int i = 0; i < reading.length(); i++) {
            char c = reading.charAt(i);
            if (i == 0) {
                key.append(Spelling.isVowel(c) ? 'A' : c == 'H' ? 'H' : code(c));
            } else if (!Spelling.isVowel(c) && c != 'H' && !(c == 'Y' && (previous == 'N' || previous == 'S'))) {
                char code = code(c);
                if (key.charAt(key.length() - 1) != code || Spelling.isVowel(previous)) {
                    key.append(code);
                }
            }
            previous = c;
        }
        return key.toString();
    }

    /** The code of a consonant: one letter per group of letters that names interchange. */
    static char code(char c) {
        return switch (c) {
            case 'B', 'P', 'F', 'V' -> 'P';
            case 'D', 'T' -> 'T';
            case 'G', 'K', 'Q' -> 'K';
            case 'J', 'Y', 'Z' -> 'J';
            case 'S', 'X' -> 'S';
            default -> c;
        };
    }
}
