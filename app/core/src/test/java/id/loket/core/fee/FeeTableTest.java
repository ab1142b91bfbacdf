package id.loket.core.fee;

import id.loket.core.application.PassportType;
import id.loket.core.application.ServiceLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeeTableTest {

    private final FeeTable fees = FeeTable.standard();

    @Test
    void electronicTenYears() {
        assertThat(fees.passportFee(PassportType.ELECTRONIC, Validity.TEN_YEARS)).isEqualTo(950_000L);
    }

    @Test
    void nonElectronicTenYears() {
        assertThat(fees.passportFee(PassportType.NON_ELECTRONIC, Validity.TEN_YEARS)).isEqualTo(650_000L);
    }

    @Test
    void electronicFiveYears() {
        assertThat(fees.passportFee(PassportType.ELECTRONIC, Validity.FIVE_YEARS)).isEqualTo(650_000L);
    }

    @Test
    void nonElectronicFiveYears() {
        assertThat(fees.passportFee(PassportType.NON_ELECTRONIC, Validity.FIVE_YEARS)).isEqualTo(350_000L);
    }

    @Test
    void expressAddsOneMillion() {
        FeeQuote q = fees.quote(PassportType.ELECTRONIC, Validity.TEN_YEARS, ServiceLevel.EXPRESS);
        assertThat(q.passportFee()).isEqualTo(950_000L);
        assertThat(q.expressSurcharge()).isEqualTo(1_000_000L);
        assertThat(q.total()).isEqualTo(1_950_000L);
        assertThat(fees.total(PassportType.NON_ELECTRONIC, Validity.FIVE_YEARS, ServiceLevel.EXPRESS))
                .isEqualTo(1_350_000L);
    }

    @Test
    void regularServiceHasNoSurcharge() {
        assertThat(fees.total(PassportType.ELECTRONIC, Validity.FIVE_YEARS, ServiceLevel.REGULAR)).isEqualTo(650_000L);
        assertThat(fees.quote(PassportType.ELECTRONIC, Validity.FIVE_YEARS, ServiceLevel.REGULAR).expressSurcharge())
                .isZero();
    }

    @Test
    void aTableCanCarryNewTariffs() {
        FeeTable changed = new FeeTable(1_000_000L, 700_000L, 700_000L, 400_000L, 1_500_000L);
        assertThat(changed.total(PassportType.ELECTRONIC, Validity.TEN_YEARS, ServiceLevel.EXPRESS))
                .isEqualTo(2_500_000L);
        assertThatThrownBy(() -> new FeeTable(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tenYearsFromTheSeventeenthBirthday() {
        LocalDate born = LocalDate.of(2009, 11, 23);
        assertThat(Validity.forApplicant(born, false, LocalDate.of(2026, 11, 23))).isEqualTo(Validity.TEN_YEARS);
        assertThat(Validity.forApplicant(born, false, LocalDate.of(2026, 11, 22))).isEqualTo(Validity.FIVE_YEARS);
        assertThat(Validity.forApplicant(LocalDate.of(1990, 1, 1), false, LocalDate.of(2026, 11, 23)))
                .isEqualTo(Validity.TEN_YEARS);
        assertThat(Validity.forApplicant(LocalDate.of(2020, 1, 1), false, LocalDate.of(2026, 11, 23)))
                .isEqualTo(Validity.FIVE_YEARS);
    }

    @Test
    void marriedApplicantsUnderSeventeenGetTenYears() {
        assertThat(Validity.forApplicant(LocalDate.of(2010, 6, 1), true, LocalDate.of(2026, 11, 23)))
                .isEqualTo(Validity.TEN_YEARS);
    }

    @Test
    void quotesAnApplicationFromItsApplicant() {
        var app = id.loket.core.workflow.Fixtures.completeDraft();
        assertThat(fees.quote(app, LocalDate.of(2026, 11, 23)).total()).isEqualTo(950_000L);
        var child = app.withApplicant(new id.loket.core.application.Applicant(null, null, "A B", "A B", "Bogor",
                LocalDate.of(2015, 1, 1), null, null, null, false)).withService(ServiceLevel.EXPRESS)
                .withPassportType(PassportType.NON_ELECTRONIC);
        assertThat(fees.quote(child, LocalDate.of(2026, 11, 23)).total()).isEqualTo(1_350_000L);
        assertThatThrownBy(() -> fees.quote(app.withService(null), LocalDate.of(2026, 11, 23)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiryAddsTheYears() {
        assertThat(Validity.TEN_YEARS.expiryFrom(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2036, 11, 23));
        assertThat(Validity.FIVE_YEARS.years()).isEqualTo(5);
    }
}
