package id.loket.core.mrz;

/**
 * ICAO Doc 9303 (part 3, section 4.9) check digits for the machine readable zone: each character
 * has a value (0-9 as themselves, A-Z = 10-35, filler '<' = 0), multiplied by the repeating
 * weights 7, 3, 1; the check digit is the sum modulo 10. Only upper-case MRZ characters are
 * accepted: anything else is a bug upstream and must not yield a plausible digit.
 */
public final class Icao9303 {

    private static final int[] WEIGHTS = {7, 3, 1};

    private Icao9303() {
    }

    /**
     * The check digit of an MRZ field.
     *
     * @throws IllegalArgumentException for null or a character outside 0-9, A-Z and '<'
     */
    public static int checkDigit(String field) {
        if (field == null) {
            throw new IllegalArgumentException("MRZ field is null");
        }
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i), i) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** True when {@code check} is the correct check digit character for {@code field}. */
    public static boolean verify(String field, char check) {
        return check >= '0' && check <= '9' && checkDigit(field) == check - '0';
    }

    static int value(char c, int position) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("character '" + c + "' at position " + (position + 1)
                + " is not allowed in an MRZ (only 0-9, A-Z and <)");
    }
}
