package id.loket.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Human receipt numbers {@code {OFFICE}-{CC}-{YYMMDD}-{NNNN}}, e.g. {@code DPS-03-261123-0042}:
 * office code, two-digit counter number, the date, and a sequence per office, counter and date.
 * Each counter PC allocates only its own (office, counter) numbers, so numbers never collide
 * across counters or devices, online or offline. The sequence is allocated inside the caller's
 * transaction: a finalisation that rolls back does not consume a number.
 */
public final class ReceiptNumbers {

    /** Shape of a receipt number. */
    public static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,16}-\\d{2}-\\d{6}-\\d{4,}");
    private static final Pattern OFFICE = Pattern.compile("[A-Z0-9]{2,16}");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private ReceiptNumbers() {
    }

    /** Allocates the next number for this office, counter and date in the transaction of {@code c}. */
    public static String allocate(Connection c, String officeCode, int counterNumber, LocalDate date)
            throws SQLException {
        checkOffice(officeCode);
        checkCounter(counterNumber);
        Objects.requireNonNull(date, "date");
        String prefix = officeCode + "-" + String.format(Locale.ROOT, "%02d", counterNumber) + "-" + YYMMDD.format(date);
        long seq = Counters.next(c, "receipt:" + prefix);
        return prefix + "-" + String.format(Locale.ROOT, "%04d", seq);
    }

    /** Office codes are 2-16 upper-case letters or digits (e.g. {@code DPS}, {@code MTR}). */
    public static void checkOffice(String officeCode) {
        if (officeCode == null || !OFFICE.matcher(officeCode).matches()) {
            throw new IllegalArgumentException("office code must be 2-16 upper-case letters or digits: " + officeCode);
        }
    }

    /** Counter numbers are 1-99 (two digits in the receipt). */
    public static void checkCounter(int counterNumber) {
        if (counterNumber < 1 || counterNumber > 99) {
            throw new IllegalArgumentException("counter number must be 1-99: " + counterNumber);
        }
    }
}
