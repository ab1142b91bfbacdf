package id.loket.core.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A spelling-insensitive key for finding applicants whose names are the same name written
 * differently, so officers can tell near-identical records apart (or spot the same person twice).
 * It folds the old Indonesian spellings onto the modern ones in both directions (oe/u, tj/c,
 * dj/j, j/y, nj/ny, sj/sy, ch/kh), every form of Muhammad (Mohammad, Mohamad, Muhamad,
 * Mochammad, Moh, Muh, Mhd, M) and doubled letters. Because old "j" is modern "y" while modern
 * "j" was "dj", j and y share one symbol: the key errs towards showing a possible match.
 * A finer, scored comparison is {@code id.loket.core.name.match.NameMatcher}.
 */
public final class NameVariants {

    private static final Set<String> MUHAMMAD = Set.of("MUHAMMAD", "MUHAMAD", "MOHAMMAD", "MOHAMAD", "MOCHAMMAD",
            "MOCHAMAD", "MUCHAMMAD", "MUCHAMAD", "MOKHAMMAD", "MOKHAMAD", "MUKHAMMAD", "MUKHAMAD", "MOHAMMED", "MOHAMED",
            "MUHAMMED", "MUHAMED", "MOCH", "MUCH", "MOHD", "MUHD", "MOH", "MUH", "MHD", "M");

    private NameVariants() {
    }

    /** The comparison key of a name (civil or passport form; titles and punctuation are ignored). */
    public static String key(String name) {
        List<String> out = new ArrayList<>();
        for (String word : PassportName.words(PassportName.derive(name))) {
            out.add(isMuhammad(word) ? "M" : fold(word));
        }
        return String.join(" ", out);
    }

    /**
     * True for a written form of Muhammad, abbreviations included ("MOCHAMMAD", "MOH", "MHD", "M"):
     * an upper-case word of a passport name.
     */
    public static boolean isMuhammad(String word) {
        return MUHAMMAD.contains(word);
    }

    /** True when two names have the same key. */
    public static boolean similar(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }

    private static String fold(String word) {
        String w = word.replace("OE", "U")
                .replace("TJ", "C")
                .replace("DJ", "J")
                .replace("CH", "KH")
                .replace('J', 'Y');
        return singleLetters(w);
    }

    /** The word with every run of one letter written once ("ABDURRAHMAN" -> "ABDURAHMAN", "EDDY" -> "EDY"). */
    public static String singleLetters(CharSequence word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
