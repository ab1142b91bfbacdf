package id.loket.core.receipt;

/**
 * Rupiah amounts as Indonesians write them, "Rp 950.000": dot grouping, no decimals, in both
 * languages (the currency is Indonesian; an English receipt still shows Indonesian notation).
 * Done by hand so no JVM locale data can change what is printed.
 */
public final class Rupiah {

    private Rupiah() {
    }

    /** {@code 950000 -> "Rp 950.000"}, {@code -5000 -> "-Rp 5.000"}. */
    public static String format(long amount) {
        String digits = Long.toString(amount).replace("-", "");
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + "Rp " + grouped;
    }
}
