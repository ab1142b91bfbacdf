package id.loket.core.name.match;

import java.util.List;

/**
 * One word of a normalised name.
 *
 * @param text     the word as in the passport name (upper case, no punctuation)
 * @param kind     what the word is for matching
 * @param readings modern-spelling readings, the most likely first (see {@link IndonesianNameNormaliser})
 * @param keys     the phonetic keys of the readings, distinct; an initial's key is the letter and a dot
 * @param weight   how much the word counts in a score: 1 for a distinctive word, less for words many
 *                 people share (Muhammad, Siti, Made) and for particles and initials
 */
public record NameToken(String text, Kind kind, List<String> readings, List<String> keys, double weight) {

    /** What a word is for matching. */
    public enum Kind {
        /** An ordinary name word. */
        WORD,
        /** A single letter standing for a word ("S" in "Budi S"). */
        INITIAL,
        /** Muhammad in any spelling or abbreviation (Mochammad, Moh, Muh, Mhd, M). */
        MUHAMMAD,
        /** A word often left out: Balinese I / Ni, Batak boru / br, Arabic al. */
        PARTICLE
    }

    public NameToken {
        readings = List.copyOf(readings);
        keys = List.copyOf(keys);
    }

    /** The most likely modern reading. */
    public String reading() {
        return readings.getFirst();
    }

    /**
     * The blocking keys standing for this word's initial: its first letter as written and in the
     * modern reading, with a dot (Khadijah: "K." and "H."; Djoko: "D." and "J."); a lone M, which
     * may be Muhammad or any other M-word, is "M.".
     */
    public List<String> initialKeys() {
        String written = text.charAt(0) + ".";
        String modern = reading().charAt(0) + ".";
        return written.equals(modern) ? List.of(written) : List.of(written, modern);
    }

    /** True when this word may be written as the initial {@code letter}, in the old spelling or the new. */
    boolean startsWith(char letter) {
        if (text.charAt(0) == letter) {
            return true;
        }
        for (String r : readings) {
            if (r.charAt(0) == letter) {
                return true;
            }
        }
        return false;
    }
}
