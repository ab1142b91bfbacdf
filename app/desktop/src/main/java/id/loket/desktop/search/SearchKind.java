package id.loket.desktop.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the search box holds. {@link #AUTO} tells it from the text: 16 digits are a NIK, a receipt
 * number looks like {@code DPS-03-261123-0042}, anything else with a digit is an M-Paspor booking
 * code (names have no digits), and the rest is a name.
 */
public enum SearchKind {
    AUTO, NAME, NIK, RECEIPT, BOOKING_CODE;

    private static final Pattern NIK_DIGITS = Pattern.compile("\\d{16}");
    private static final Pattern RECEIPT_NUMBER = Pattern.compile("[A-Z0-9]+-\\d{2}-\\d{6}-\\d{4}");
    private static final Pattern ANY_DIGIT = Pattern.compile(".*\\d.*");

    /** The kind to search as: this one, or for {@link #AUTO} the one the text looks like. */
    public SearchKind resolve(String text) {
        if (this != AUTO) {
            return this;
        }
        String t = text == null ? "" : text.strip();
        if (NIK_DIGITS.matcher(t.replaceAll("\\s+", "")).matches()) {
            return NIK;
        }
        if (RECEIPT_NUMBER.matcher(t.toUpperCase(Locale.ROOT)).matches()) {
            return RECEIPT;
        }
        return ANY_DIGIT.matcher(t).matches() ? BOOKING_CODE : NAME;
    }
}
