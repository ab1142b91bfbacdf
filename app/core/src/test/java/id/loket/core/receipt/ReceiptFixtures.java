package id.loket.core.receipt;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Lane;
import id.loket.core.application.NikVerification;
import id.loket.core.application.PassportType;
import id.loket.core.application.Payment;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.biometric.FingerSet;
import id.loket.core.workflow.ApplicationState;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/** A finalised, paid application as the counter has it on Friday 20 November 2026, 10:15 WITA. */
final class ReceiptFixtures {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final UUID ID = UUID.fromString("0193b7a4-5c2e-7d41-9a3f-2b6c8e1d4f70");
    static final String RECEIPT = "DPS-03-261120-0042";
    static final Instant PAID = Instant.parse("2026-11-20T02:15:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:20:00Z"), ZoneOffset.UTC);
    static final ReceiptIssuer ISSUER = new ReceiptIssuer("DPS", "Kantor Imigrasi Kelas I TPI Denpasar", 3,
            "Ni Luh Putu Ayu", WITA);
    static final ExpectedDate RULES = ExpectedDate.standard(HolidayCalendar.indonesia());

    private ReceiptFixtures() {
    }

    static Application paidApplication() {
        Applicant applicant = new Applicant("5171044508900003", NikVerification.UNVERIFIED,
                "Hj. Siti Nurhaliza binti Ahmad, S.E.", "SITI NURHALIZA BINTI AHMAD", "Denpasar",
                LocalDate.of(1990, 8, 5), Sex.FEMALE, "Jl. Teuku Umar No. 7, Denpasar", "081234567890", true);
        Instant created = Instant.parse("2026-11-20T01:40:00Z");
        return Application.draft(ID, applicant, ApplicationKind.RENEWAL, PassportType.ELECTRONIC,
                        ServiceLevel.REGULAR, Purpose.UMRAH, Lane.APPOINTMENT, FingerSet.TWO_INDEX, "ayu", created)
                .withReceiptNumber(RECEIPT)
                .withState(ApplicationState.FINALISED)
                .withPayment(Payment.billed("820261120004217", 950_000L, created).confirmPaid(PAID, "NTPN0123"));
    }

    static ReceiptData receipt(java.util.Locale language) {
        return ReceiptData.from(paidApplication(), ISSUER, RULES, CLOCK, language);
    }
}
