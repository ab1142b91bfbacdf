package id.loket.core.name.match;

/**
 * Jaro-Winkler similarity (Winkler 1990, as used by the US Census for name matching): the Jaro
 * similarity of two strings, raised for a common prefix of up to four letters (scale 0.1) when
 * the Jaro similarity is already above 0.7.
 */
final class JaroWinkler {

    private static final double PREFIX_SCALE = 0.1;
    private static final int MAX_PREFIX = 4;
    private static final double BOOST_THRESHOLD = 0.7;

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        double jaro = jaro(a, b);
        if (jaro <= BOOST_THRESHOLD) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * PREFIX_SCALE * (1 - jaro);
    }

    static double jaro(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] usedB = new boolean[b.length()];
        char[] matchedA = new char[a.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!usedB[j] && a.charAt(i) == b.charAt(j)) {
                    usedB[j] = true;
                    matchedA[matches++] = a.charAt(i);
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int k = 0;
        int halfTranspositions = 0;
        for (int j = 0; j < b.length(); j++) {
            if (usedB[j]) {
                if (b.charAt(j) != matchedA[k]) {
                    halfTranspositions++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - halfTranspositions / 2.0) / m) / 3.0;
    }
}
