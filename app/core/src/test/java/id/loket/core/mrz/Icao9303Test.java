package id.loket.core.mrz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Icao9303Test {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "L898902C3, 6",
            "740812, 2",
            "120415, 9",
            "ZE184226B<<<<<, 1",
            "L898902C3674081221204159ZE184226B<<<<<1, 0",
            "'', 0",
            "<<<<<<<<<, 0",
    })
    void computesTheIcaoSpecimenCheckDigits(String field, int expected) {
        assertThat(Icao9303.checkDigit(field.replace(" ", ""))).isEqualTo(expected);
    }

    @Test
    void theCompositeCheckDigitOfTheSpecimenLineIsZero() {
        String line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        assertThat(Icao9303.checkDigit(composite)).isEqualTo(line2.charAt(43) - '0');
    }

    @Test
    void lettersCountTenToThirtyFive() {
        assertThat(Icao9303.value('A', 0)).isEqualTo(10);
        assertThat(Icao9303.value('Z', 0)).isEqualTo(35);
        assertThat(Icao9303.value('<', 0)).isZero();
        assertThat(Icao9303.checkDigit("A")).isEqualTo(0); // 10*7 = 70
        assertThat(Icao9303.checkDigit("B")).isEqualTo(7); // 11*7 = 77
    }

    @Test
    void verifyComparesTheCheckCharacter() {
        assertThat(Icao9303.verify("L898902C3", '6')).isTrue();
        assertThat(Icao9303.verify("L898902C3", '5')).isFalse();
        assertThat(Icao9303.verify("L898902C3", '<')).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"l898902c3", "L898-902", "L898 902", "É12"})
    void rejectsCharactersOutsideTheMrzSet(String field) {
        assertThatThrownBy(() -> Icao9303.checkDigit(field)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Icao9303.checkDigit(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
