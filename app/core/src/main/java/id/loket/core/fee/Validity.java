package id.loket.core.fee;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Passport validity: 10 years for applicants aged 17 or more or married (adults under
 * Indonesian civil law), otherwise 5 years.
 */
public enum Validity {
    FIVE_YEARS(5),
    TEN_YEARS(10);

    /** Age from which a passport is valid for ten years. */
    public static final int ADULT_AGE = 17;

    private final int years;

    Validity(int years) {
        this.years = years;
    }

    public int years() {
        return years;
    }

    /**
     * The validity for an applicant on a given day.
     *
     * @param birthDate date of birth
     * @param married   married applicants count as adults at any age
     * @param today     the day of application
     */
    public static Validity forApplicant(LocalDate birthDate, boolean married, LocalDate today) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(today, "today");
        if (married || Period.between(birthDate, today).getYears() >= ADULT_AGE) {
            return TEN_YEARS;
        }
        return FIVE_YEARS;
    }

    /** The expiry date of a passport issued on {@code issued}. */
    public LocalDate expiryFrom(LocalDate issued) {
        return issued.plusYears(years);
    }
}
