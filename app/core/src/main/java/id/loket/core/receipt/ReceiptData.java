package id.loket.core.receipt;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Lane;
import id.loket.core.application.PassportType;
import id.loket.core.application.Payment;
import id.loket.core.application.ServiceLevel;
import id.loket.core.fee.Validity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything printed on an applicant's receipt, flattened and already decided (masked NIK,
 * validity, expected date), so the PDF is a pure rendering and the receipt stays stable if the
 * application record changes shape. Holds no biometric data; the NIK is masked.
 *
 * @param maskedNik    NIK with all but the last four digits replaced by {@code *}
 * @param billingCode  PNBP billing code; null when not billed
 * @param paidAt       when payment was confirmed; null while unpaid
 * @param expectedDate expected collection date; null while unpaid (it counts from payment)
 * @param zone         the office's zone, in which times are shown
 * @param language     the language the applicant asked for
 */
public record ReceiptData(String receiptNumber, UUID applicationId, String fullName, String passportName,
                          String maskedNik, LocalDate birthDate, ApplicationKind kind, PassportType passportType,
                          Validity validity, ServiceLevel service, Lane lane, long feeAmount, String billingCode,
                          Instant paidAt, LocalDate expectedDate, String officeCode, String officeName,
                          int counter, String officerName, Instant issuedAt, ZoneId zone, Locale language) {

    public ReceiptData {
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(language, "language");
    }

    /**
     * The receipt for a finalised, billed application.
     *
     * @param rules    working-day rules for the expected date
     * @param clock    the issue time
     * @param language the language to print in
     * @throws IllegalArgumentException when the application has no receipt number, applicant
     *                                  birth date, service level or billing yet
     */
    public static ReceiptData from(Application app, ReceiptIssuer issuer, ExpectedDate rules, Clock clock,
                                   Locale language) {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(rules, "rules");
        Applicant a = app.applicant();
        Payment p = app.payment();
        if (app.receiptNumber() == null) {
            throw new IllegalArgumentException("application " + app.id() + " has no receipt number: finalise it first");
        }
        if (a == null || a.birthDate() == null || app.service() == null || p == null) {
            throw new IllegalArgumentException("application " + app.id()
                    + " needs an applicant with a birth date, a service level and a billing for a receipt");
        }
        Instant issuedAt = clock.instant();
        Instant fixedAt = p.issuedAt() != null ? p.issuedAt() : app.createdAt();
        Validity validity = Validity.forApplicant(a.birthDate(), a.married(),
                LocalDate.ofInstant(fixedAt, issuer.zone()));
        LocalDate expected = p.paid()
                ? rules.forPayment(LocalDateTime.ofInstant(p.paidAt(), issuer.zone()), app.service())
                : null;
        return new ReceiptData(app.receiptNumber(), app.id(), a.fullName(), a.passportName(), maskNik(a.nik()),
                a.birthDate(), app.kind(), app.passportType(), validity, app.service(), app.lane(), p.amount(),
                p.billingCode(), p.paidAt(), expected, issuer.officeCode(), issuer.officeName(), issuer.counter(),
                issuer.officerName(), issuedAt, issuer.zone(), language);
    }

    /** {@code "3171234567890123" -> "************0123"}; four characters or fewer are masked entirely. */
    public static String maskNik(String nik) {
        if (nik == null) {
            return "";
        }
        String n = nik.strip();
        int keep = n.length() > 4 ? 4 : 0;
        return "*".repeat(n.length() - keep) + n.substring(n.length() - keep);
    }
}
