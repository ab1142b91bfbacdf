package id.loket.desktop.sync;

import java.util.Locale;

/** Byte counts for people: 950 B, 12.4 kB, 3.1 MB (decimal units, one decimal, the language's separator). */
public final class ByteSize {

    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    public static String format(long bytes, Locale locale) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(locale, "%.1f %s", value, UNITS[unit]);
    }
}
