package id.loket.core.application;

import java.time.Instant;

/**
 * The PNBP billing for an application. A passport may be printed only once {@link #paid()}.
 *
 * @param billingCode SIMPONI billing code given to the applicant
 * @param amount      amount billed in rupiah
 * @param issuedAt    when the billing code was issued
 * @param paidAt      when payment was confirmed, null while unpaid
 * @param reference   payment proof number (NTPN), null while unpaid
 */
public record Payment(String billingCode, long amount, Instant issuedAt, Instant paidAt, String reference) {

    public Payment {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }

    /** A billing code issued but not yet paid. */
    public static Payment billed(String billingCode, long amount, Instant issuedAt) {
        return new Payment(billingCode, amount, issuedAt, null, null);
    }

    /** This billing, confirmed as paid. */
    public Payment confirmPaid(Instant at, String paymentReference) {
        return new Payment(billingCode, amount, issuedAt, at, paymentReference);
    }

    /** True once payment is confirmed. */
    public boolean paid() {
        return paidAt != null;
    }
}
