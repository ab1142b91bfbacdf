package id.loket.core.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives the name printed in a passport from the name on civil documents: titles and academic
 * degrees are not part of a name, punctuation is dropped, letters are upper case without
 * diacritics, single spaces. "H. M. Firman, S.E." becomes "M FIRMAN";
 * "Hj. Siti Aminah, S.Pd." becomes "SITI AMINAH". "bin"/"binti" are kept: they are part of the name.
 *
 * <p>Rules, in order: everything after the first comma is degrees (Indonesian convention writes
 * "Name, S.E., M.M."); trailing known degrees written with dots ("S.Kom", "M.M.") are degrees too;
 * leading honorifics (H., Hj., K.H., Dr., dr., Drs., Dra., Ir., Prof.) are titles; apostrophes are
 * omitted (ICAO 9303: "Ma'ruf" -> "MARUF"); other punctuation separates words. The lists of titles
 * and degrees are in {@link NameTitles}.
 */
public final class PassportName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`\u02BC]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

    private PassportName() {
    }

    /** The passport name for a full civil name; empty for null, blank, or titles only. */
    public static String derive(String fullName) {
        if (fullName == null) {
            return "";
        }
        String name = fullName.strip();
        int comma = name.indexOf(',');
        if (comma >= 0) {
            name = name.substring(0, comma);
        }
        List<String> tokens = splitOnWhitespace(name.trim());
        while (tokens.size() > 1 && isDottedDegree(tokens.getLast())) {
            tokens.removeLast();
        }
        List<String> words = new ArrayList<>();
        boolean leading = true;
        for (String token : tokens) {
            if (leading && isTitle(token)) {
                continue;
            }
            if (leading) {
                List<String> parts = new ArrayList<>(Arrays.asList(token.split("\\.")));
                while (!parts.isEmpty() && isTitle(parts.getFirst())) {
                    parts.removeFirst();
                }
                token = String.join(".", parts);
                leading = token.isBlank();
            }
            words.add(token);
        }
        String joined = String.join(" ", words);
        if (isAscii(joined)) {
            return asciiLetters(joined);
        }
        String plain = MARKS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain).replaceAll("");
        plain = NOT_LETTER.matcher(plain).replaceAll(" ");
        return plain.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * {@code s.split("\\s+")} for a string without whitespace at its ends (trimmed), without a
     * regular expression: names are split by the thousand in a search.
     */
    private static List<String> splitOnWhitespace(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || isRegexSpace(s.charAt(i))) {
                if (i > start || out.isEmpty() && i == s.length()) {
                    out.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The characters of the regular expression class \s: space, tab, new line, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The regular-expression steps of {@link #derive} for a name in ASCII (no marks to strip), in
     * one pass: apostrophes go, other non-letters separate words, upper case. Names are searched
     * by the thousand, so this path matters.
     */
    private static String asciiLetters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                sb.append(c >= 'a' ? (char) (c - 32) : c);
            } else if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString();
    }

    private static boolean isDottedDegree(String token) {
        return token.contains(".") && NameTitles.isDegree(token);
    }

    private static boolean isTitle(String token) {
        return NameTitles.isPrefixTitle(token);
    }

    /** Words of a name split on whitespace; empty list for null or blank. */
    public static List<String> words(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return List.copyOf(splitOnWhitespace(name.strip()));
    }
}
