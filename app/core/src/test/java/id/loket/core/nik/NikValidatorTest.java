package id.loket.core.nik;

import id.loket.core.application.Sex;
import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NikValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static NikCheck check(String nik) {
        return NikValidator.check(nik, null, null, TODAY);
    }

    private static String onlyErrorKey(String nik) {
        NikCheck c = check(nik);
        assertThat(c.valid()).as(nik).isFalse();
        assertThat(c.fields()).isEmpty();
        assertThat(c.errors()).as(nik).hasSize(1);
        return c.errors().getFirst().key();
    }

    @Test
    void aValidMaleNikIsParsedIntoItsFields() {
        NikCheck c = check("3201011208900001");
        assertThat(c.valid()).isTrue();
        assertThat(c.warnings()).isEmpty();
        NikFields f = c.fields().orElseThrow();
        assertThat(f.provinceCode()).isEqualTo("32");
        assertThat(f.provinceName()).isEqualTo("Jawa Barat");
        assertThat(f.regencyCode()).isEqualTo("01");
        assertThat(f.districtCode()).isEqualTo("01");
        assertThat(f.dayOfBirth()).isEqualTo(12);
        assertThat(f.sex()).isEqualTo(Sex.MALE);
        assertThat(f.month()).isEqualTo(8);
        assertThat(f.twoDigitYear()).isEqualTo(90);
        assertThat(f.birthDate()).isEqualTo(LocalDate.of(1990, 8, 12));
        assertThat(f.serial()).isEqualTo(1);
    }

    @Test
    void womenHaveFortyAddedToTheDay() {
        NikFields f = check("3201015208900002").fields().orElseThrow();
        assertThat(f.sex()).isEqualTo(Sex.FEMALE);
        assertThat(f.dayOfBirth()).isEqualTo(12);
        assertThat(f.birthDate()).isEqualTo(LocalDate.of(1990, 8, 12));
        assertThat(check("3201014101900001").fields().orElseThrow().birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(check("3201017101900001").fields().orElseThrow().birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3201010008900001", "3201013208900001", "3201014008900001", "3201017208900001",
            "3201019908900001"})
    void daysOutsideOneToThirtyOneAndFortyOneToSeventyOneAreErrors(String nik) {
        assertThat(onlyErrorKey(nik)).isEqualTo("nik.error.day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3201011200900001", "3201011213900001"})
    void monthsOutsideOneToTwelveAreErrors(String nik) {
        assertThat(onlyErrorKey(nik)).isEqualTo("nik.error.month");
    }

    @Test
    void februaryTwentyNinthOnlyInLeapYears() {
        assertThat(check("3201012902000001").fields().orElseThrow().birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(check("3201016902960001").fields().orElseThrow().birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThat(onlyErrorKey("3201012902010001")).isEqualTo("nik.error.date");
        assertThat(onlyErrorKey("3201016902990001")).isEqualTo("nik.error.date");
        assertThat(onlyErrorKey("3201013104900001")).isEqualTo("nik.error.date");
    }

    @Test
    void theInvalidDateMessageShowsTheRealDayForWomen() {
        NikCheck c = check("3201016902990001");
        assertThat(Messages.ENGLISH.render(c.errors().getFirst())).contains("29-02-99");
    }

    @ParameterizedTest
    @CsvSource({
            "3201011208050001, 2005-08-12",
            "3201011208270001, 1927-08-12",
            "3201011201260001, 2026-01-12",
            "3201011211260001, 2026-11-12",
            "3201012311260001, 2026-11-23",
            "3201012411260001, 1926-11-24",
            "3201011212260001, 1926-12-12",
            "3201010101000001, 2000-01-01",
    })
    void theCenturyIsResolvedFromToday(String nik, LocalDate expected) {
        assertThat(check(nik).fields().orElseThrow().birthDate()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "19", "21", "31", "36", "51", "53", "61", "65", "71", "76", "81", "82", "91",
            "92", "93", "94", "95", "96"})
    void everyProvinceCodeIsAccepted(String province) {
        NikCheck c = check(province + "01011208900001");
        assertThat(c.valid()).isTrue();
        assertThat(c.fields().orElseThrow().provinceName()).isEqualTo(Provinces.name(province).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "20", "22", "30", "37", "50", "54", "60", "66", "70", "77", "80", "83",
            "90", "97", "99"})
    void unknownProvinceCodesAreErrors(String province) {
        assertThat(onlyErrorKey(province + "01011208900001")).isEqualTo("nik.error.province");
    }

    @Test
    void thereAreThirtyEightProvinces() {
        assertThat(Provinces.all()).hasSize(38);
        assertThat(Provinces.name("96")).contains("Papua Barat Daya");
    }

    @Test
    void regencyDistrictAndSerialMustNotBeZero() {
        assertThat(onlyErrorKey("3200011208900001")).isEqualTo("nik.error.regency");
        assertThat(onlyErrorKey("3201001208900001")).isEqualTo("nik.error.district");
        assertThat(onlyErrorKey("3201011208900000")).isEqualTo("nik.error.serial");
    }

    @Test
    void everyStructuralProblemIsReportedAtOnce() {
        NikCheck c = check("2000003313900000");
        assertThat(c.errors()).extracting(Message::key).containsExactly("nik.error.province", "nik.error.regency",
                "nik.error.district", "nik.error.day", "nik.error.month", "nik.error.serial");
    }

    @Test
    void wrongLengthSaysHowManyDigitsWereTyped() {
        NikCheck c = check("320101120890001");
        assertThat(c.errors()).extracting(Message::key).containsExactly("nik.error.length");
        assertThat(Messages.INDONESIAN.render(c.errors().getFirst())).isEqualTo("NIK harus 16 angka (tertulis 15).");
        assertThat(Messages.ENGLISH.render(c.errors().getFirst())).isEqualTo(
                "The NIK must have 16 digits (entered: 15).");
        assertThat(check("32010112089000011").errors().getFirst().args()).containsExactly("17");
    }

    @Test
    void nonDigitsAreNamed() {
        NikCheck c = check("32010112089O0001");
        assertThat(c.errors()).extracting(Message::key).containsExactly("nik.error.notDigits");
        assertThat(Messages.INDONESIAN.render(c.errors().getFirst())).contains("O");
        NikCheck spaced = check("3201 0112 0890 0001");
        assertThat(spaced.errors()).extracting(Message::key).containsExactly("nik.error.notDigits", "nik.error.length");
    }

    @Test
    void surroundingSpacesAreIgnoredAndTheInputIsKept() {
        NikCheck c = check("  3201011208900001 ");
        assertThat(c.valid()).isTrue();
        assertThat(c.input()).isEqualTo("  3201011208900001 ");
    }

    @Test
    void missingNikIsAnError() {
        assertThat(onlyErrorKey(null)).isEqualTo("nik.error.required");
        assertThat(onlyErrorKey("   ")).isEqualTo("nik.error.required");
    }

    @Test
    void aDifferentStatedBirthDateIsOnlyAWarning() {
        NikCheck c = NikValidator.check("3201011208900001", LocalDate.of(1990, 8, 13), Sex.MALE, TODAY);
        assertThat(c.valid()).isTrue();
        assertThat(c.fields()).isPresent();
        assertThat(c.warnings()).extracting(Message::key).containsExactly("nik.warning.birthDate");
        assertThat(Messages.ENGLISH.render(c.warnings().getFirst()))
                .contains("12 August 1990").contains("13 August 1990");
        assertThat(Messages.INDONESIAN.render(c.warnings().getFirst())).contains("12 Agustus 1990");
    }

    @Test
    void aDifferentStatedSexIsOnlyAWarning() {
        NikCheck c = NikValidator.check("3201015208900002", LocalDate.of(1990, 8, 12), Sex.MALE, TODAY);
        assertThat(c.valid()).isTrue();
        assertThat(c.warnings()).extracting(Message::key).containsExactly("nik.warning.sex");
        assertThat(Messages.INDONESIAN.render(c.warnings().getFirst())).contains("Perempuan").contains("Laki-laki");
    }

    @Test
    void matchingStatementsGiveNoWarning() {
        NikCheck c = NikValidator.check("3201015208900002", LocalDate.of(1990, 8, 12), Sex.FEMALE, TODAY);
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void noWarningsWhenTheNikItselfIsBroken() {
        NikCheck c = NikValidator.check("3201013208900001", LocalDate.of(1990, 8, 13), Sex.FEMALE, TODAY);
        assertThat(c.valid()).isFalse();
        assertThat(c.warnings()).isEmpty();
    }
}
