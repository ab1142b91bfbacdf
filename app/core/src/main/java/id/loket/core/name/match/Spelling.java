package id.loket.core.name.match;

import id.loket.core.name.NameVariants;

import java.util.List;

/**
 * The modern-spelling readings of one upper-case name word: what it would be written as in the
 * current spelling (EYD, 1972), so that two spellings of one name compare equal.
 *
 * <p>Old spelling (Van Ophuijsen / Soewandi): oe -> u, dj -> j, tj -> c, sj -> sy, nj -> ny,
 * ch -> kh, and j -> y. The last one is ambiguous, because modern names have a "j" of their own
 * (Joko, from old "Djoko") and a modern "nj" (Panji, Anjani); following Priyadi (2005), j -> y and a
 * medial nj -> ny are applied only when the name shows another old-spelling mark (oe, dj, tj, sj,
 * initial nj), and otherwise give a second, alternative reading. In an old-spelling name, tj also
 * reads t + y as the alternative (Soelistjo = Sulistyo, beside Soetjipto = Sucipto). "ch" reads kh (Chairul = Khairul)
 * and, as the alternative, c (Chandra = Candra).
 *
 * <p>Then sound-alike spellings are folded (after Priyadi's steps 2-8): kh -> h, q -> k, x -> ks,
 * v -> f, ph -> f, dz -> z, initial ts -> s, ie -> i, ae -> ai (Zaenal = Zainal), an h after a
 * consonant is dropped (Ridhwan, Fathimah, Shinta), a y after a consonant other than the s and n of
 * sy/ny is i (Setyawan = Setiawan, Rizky = Rizki), iy is i and uw is u (Supriyadi, Juwita), a final
 * y is i (Hoay = Hoai), a final h after a vowel is dropped
 * (Fatimah = Fatima), and doubled letters are single (Abdurrahman, Eddy, Sitti).
 */
final class Spelling {


    private Spelling() {
    }

    /** True when a word shows a mark of the old spelling, so its plain j is read as y (Jahja -> Yahya). */
    static boolean isOld(String word) {
        return word.contains("OE") || word.contains("DJ") || word.contains("TJ") || word.contains("SJ")
                || word.startsWith("NJ");
    }

    /**
     * The readings of a word, the most likely first; a second one only when the old spelling
     * leaves a choice (j or y, nj or ny, ch as kh or c).
     *
     * @param oldSpelling whether the name as a whole is written in the old spelling
     */
    static List<String> readings(String word, boolean oldSpelling) {
        String w = word.replace("OE", "U").replace("DJ", "#").replace("SJ", "SY");
        if (w.startsWith("NJ")) {
            w = "NY" + w.substring(2);
        }
        String asOld = w.replace("TJ", "C").replace("NJ", "NY").replace('J', 'Y').replace("#", "J");
        String asNew = w.replace("TJ", "C").replace("#", "J");
        String primary = oldSpelling ? asOld : asNew;
        String alternative = oldSpelling ? w.replace("NJ", "NY").replace('J', 'Y').replace("#", "J") : asOld;
        if (primary.contains("CH")) {
            alternative = alternative.replace("CH", "C");
        }
        String first = fold(primary.replace("CH", "KH"));
        String second = fold(alternative.replace("CH", "KH"));
        return first.equals(second) ? List.of(first) : List.of(first, second);
    }

    /** Folds sound-alike spellings of a word already in the modern spelling (one pass, no regular expressions). */
    static String fold(String modern) {
        StringBuilder sb = new StringBuilder(modern.length() + 2);
        for (int i = 0; i < modern.length(); i++) {
            char c = modern.charAt(i);
            String digraph = digraph(c, i + 1 < modern.length() ? modern.charAt(i + 1) : 0, i == 0);
            if (digraph == null) {
                emit(sb, c);
            } else {
                for (int k = 0; k < digraph.length(); k++) {
                    emit(sb, digraph.charAt(k));
                }
                i++;
            }
        }
        int n = sb.length();
        if (n > 1 && sb.charAt(n - 1) == 'Y') {
            sb.setCharAt(n - 1, 'I');
        }
        if (n > 2 && sb.charAt(n - 1) == 'H' && isVowel(sb.charAt(n - 2))) {
            sb.setLength(n - 1);
        }
        return NameVariants.singleLetters(sb);
    }

    /** kh -> h, ph -> f, dz -> z, ie -> i, ae -> ai, initial ts -> s; null for other letter pairs. */
    private static String digraph(char c, char next, boolean first) {
        return switch (c) {
            case 'K' -> next == 'H' ? "H" : null;
            case 'P' -> next == 'H' ? "F" : null;
            case 'D' -> next == 'Z' ? "Z" : null;
            case 'I' -> next == 'E' ? "I" : null;
            case 'A' -> next == 'E' ? "AI" : null;
            case 'T' -> next == 'S' && first ? "S" : null;
            default -> null;
        };
    }

    /** Appends one letter: q -> k, v -> f, x -> ks, consonant + y -> i; h after a consonant, y after i, w after u go. */
    private static void emit(StringBuilder sb, char c) {
        char last = sb.isEmpty() ? 0 : sb.charAt(sb.length() - 1);
        boolean afterConsonant = last != 0 && isConsonant(last);
        switch (c) {
            case 'Q' -> sb.append('K');
            case 'V' -> sb.append('F');
            case 'X' -> sb.append("KS");
            case 'H' -> {
                if (!afterConsonant || last == 'H' || last == 'Y') {
                    sb.append('H');
                }
            }
            case 'Y' -> {
                if (last != 'I') {
                    sb.append(afterConsonant && "NSY".indexOf(last) < 0 ? 'I' : 'Y');
                }
            }
            case 'W' -> {
                if (last != 'U') {
                    sb.append('W');
                }
            }
            default -> sb.append(c);
        }
    }

    private static boolean isConsonant(char c) {
        return c >= 'A' && c <= 'Z' && !isVowel(c);
    }

    static boolean isVowel(char c) {
        return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
    }
}
