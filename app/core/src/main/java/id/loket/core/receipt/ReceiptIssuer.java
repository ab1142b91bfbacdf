package id.loket.core.receipt;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Who issues a receipt: the office and counter (from the device profile), the officer at the
 * counter, and the office's time zone (WIB, WITA or WIT) in which dates are counted and shown.
 */
public record ReceiptIssuer(String officeCode, String officeName, int counter, String officerName, ZoneId zone) {

    public ReceiptIssuer {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(zone, "zone");
    }
}
