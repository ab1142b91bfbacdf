package id.loket.core.receipt;

import id.loket.core.application.Application;
import id.loket.core.application.Applicant;
import id.loket.core.application.Payment;
import id.loket.core.application.ServiceLevel;
import id.loket.core.fee.Validity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static id.loket.core.receipt.ReceiptFixtures.CLOCK;
import static id.loket.core.receipt.ReceiptFixtures.ISSUER;
import static id.loket.core.receipt.ReceiptFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptDataTest {

    private static final Locale ID = Locale.of("id");

    @Test
    void mapsAPaidApplication() {
        ReceiptData r = ReceiptData.from(ReceiptFixtures.paidApplication(), ISSUER, RULES, CLOCK, ID);

        assertThat(r.receiptNumber()).isEqualTo(ReceiptFixtures.RECEIPT);
        assertThat(r.applicationId()).isEqualTo(ReceiptFixtures.ID);
        assertThat(r.fullName()).isEqualTo("Hj. Siti Nurhaliza binti Ahmad, S.E.");
        assertThat(r.passportName()).isEqualTo("SITI NURHALIZA BINTI AHMAD");
        assertThat(r.maskedNik()).isEqualTo("************0003");
        assertThat(r.birthDate()).isEqualTo(LocalDate.of(1990, 8, 5));
        assertThat(r.validity()).isEqualTo(Validity.TEN_YEARS);
        assertThat(r.feeAmount()).isEqualTo(950_000L);
        assertThat(r.billingCode()).isEqualTo("820261120004217");
        assertThat(r.paidAt()).isEqualTo(ReceiptFixtures.PAID);
        assertThat(r.expectedDate()).as("paid Friday -> Wednesday").isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(r.officeCode()).isEqualTo("DPS");
        assertThat(r.counter()).isEqualTo(3);
        assertThat(r.officerName()).isEqualTo("Ni Luh Putu Ayu");
        assertThat(r.issuedAt()).isEqualTo(CLOCK.instant());
        assertThat(r.zone()).isEqualTo(ReceiptFixtures.WITA);
        assertThat(r.language()).isEqualTo(ID);
    }

    @Test
    void paymentDayIsTakenInTheOfficeZone() {
        // 17:30 UTC Friday is 01:30 WITA on Saturday: counts from Monday, so Thursday.
        Application late = withPaidAt(Instant.parse("2026-11-20T17:30:00Z"));

        assertThat(ReceiptData.from(late, ISSUER, RULES, CLOCK, ID).expectedDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void expressServiceUsesTheCutoff() {
        Application express = ReceiptFixtures.paidApplication().withService(ServiceLevel.EXPRESS);

        assertThat(ReceiptData.from(express, ISSUER, RULES, CLOCK, ID).expectedDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void unpaidBillingHasNoExpectedDate() {
        Application app = ReceiptFixtures.paidApplication();
        Payment billed = Payment.billed("820261120004217", 950_000L, app.createdAt());

        ReceiptData r = ReceiptData.from(app.withPayment(billed), ISSUER, RULES, CLOCK, ID);

        assertThat(r.paidAt()).isNull();
        assertThat(r.expectedDate()).isNull();
    }

    @Test
    void validityIsFiveYearsForAnUnmarriedMinor() {
        Application app = ReceiptFixtures.paidApplication();
        Applicant a = app.applicant();
        Applicant minor = new Applicant(a.nik(), a.nikVerification(), a.fullName(), a.passportName(),
                a.placeOfBirth(), LocalDate.of(2012, 1, 1), a.sex(), a.address(), a.phone(), false);

        assertThat(ReceiptData.from(app.withApplicant(minor), ISSUER, RULES, CLOCK, ID).validity())
                .isEqualTo(Validity.FIVE_YEARS);
    }

    @Test
    void refusesApplicationsThatCannotHaveAReceiptYet() {
        Application app = ReceiptFixtures.paidApplication();

        assertThatThrownBy(() -> ReceiptData.from(app.withReceiptNumber(null), ISSUER, RULES, CLOCK, ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipt number");
        assertThatThrownBy(() -> ReceiptData.from(app.withPayment(null), ISSUER, RULES, CLOCK, ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("billing");
    }

    @Test
    void masksAllButTheLastFourNikDigits() {
        assertThat(ReceiptData.maskNik("3171234567890123")).isEqualTo("************0123");
        assertThat(ReceiptData.maskNik(" 1234 ")).isEqualTo("****");
        assertThat(ReceiptData.maskNik(null)).isEmpty();
    }

    @Test
    void toStringDoesNotCarryTheFullNik() {
        assertThat(ReceiptFixtures.receipt(ID).toString()).doesNotContain("5171044508900003");
    }

    private static Application withPaidAt(Instant paidAt) {
        Application app = ReceiptFixtures.paidApplication();
        return app.withPayment(Payment.billed("820261120004217", 950_000L, app.createdAt()).confirmPaid(paidAt, "N"));
    }
}
