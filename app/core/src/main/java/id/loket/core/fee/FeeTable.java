package id.loket.core.fee;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.PassportType;
import id.loket.core.application.ServiceLevel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * PNBP passport fees in rupiah. A record, not constants, because tariffs change by regulation:
 * offices load the current table; {@link #standard()} is the table in force when Loket was written.
 */
public record FeeTable(long electronicTenYears, long nonElectronicTenYears, long electronicFiveYears,
                       long nonElectronicFiveYears, long expressSurcharge) {

    public FeeTable {
        if (electronicTenYears < 0 || nonElectronicTenYears < 0 || electronicFiveYears < 0
                || nonElectronicFiveYears < 0 || expressSurcharge < 0) {
            throw new IllegalArgumentException("fees must not be negative");
        }
    }

    /**
     * e-passport 10 years Rp 950,000; non-electronic 10 years Rp 650,000; e-passport 5 years
     * Rp 650,000; non-electronic 5 years Rp 350,000; express (percepatan) +Rp 1,000,000.
     */
    public static FeeTable standard() {
        return new FeeTable(950_000L, 650_000L, 650_000L, 350_000L, 1_000_000L);
    }

    /** The passport fee without surcharge. */
    public long passportFee(PassportType type, Validity validity) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validity, "validity");
        return switch (type) {
            case ELECTRONIC -> validity == Validity.TEN_YEARS ? electronicTenYears : electronicFiveYears;
            case NON_ELECTRONIC -> validity == Validity.TEN_YEARS ? nonElectronicTenYears : nonElectronicFiveYears;
        };
    }

    /** Passport fee and surcharge for a service level. */
    public FeeQuote quote(PassportType type, Validity validity, ServiceLevel service) {
        Objects.requireNonNull(service, "service");
        return new FeeQuote(passportFee(type, validity), service == ServiceLevel.EXPRESS ? expressSurcharge : 0L);
    }

    /**
     * The quote for an application on a given day: validity from the applicant's age and marital
     * status, the application's passport type and service level.
     *
     * @throws IllegalArgumentException when the birth date, passport type or service is not filled in yet
     */
    public FeeQuote quote(Application app, LocalDate today) {
        Applicant a = app.applicant();
        if (a == null || a.birthDate() == null || app.passportType() == null || app.service() == null) {
            throw new IllegalArgumentException("birth date, passport type and service are needed for a fee");
        }
        return quote(app.passportType(), Validity.forApplicant(a.birthDate(), a.married(), today), app.service());
    }

    /** Total to bill. */
    public long total(PassportType type, Validity validity, ServiceLevel service) {
        return quote(type, validity, service).total();
    }
}
