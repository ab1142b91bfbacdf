package id.loket.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameVariantsTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Soekarno|Sukarno",
            "Tjahjo Kumolo|Cahyo Kumolo",
            "Djoko Widodo|Joko Widodo",
            "Soerabaja|Surabaya",
            "Njoman Sudarsana|Nyoman Sudarsana",
            "Sjahrir|Syahrir",
            "Chairul Tanjung|Khairul Tanjung",
            "Jusuf Kalla|Yusuf Kalla",
            "Muhammad Yusuf|Mochammad Jusuf",
            "Mohamad Yusuf|M. Yusuf",
            "Moh. Yusuf|Mhd Yusuf",
            "Abdullah bin Umar|Abdulah bin Oemar",
            "H. Achmad Dahlan, S.E.|AKHMAD DAHLAN",
    })
    void spellingVariantsShareAKey(String a, String b) {
        assertThat(NameVariants.similar(a, b)).isTrue();
        assertThat(NameVariants.key(a)).isEqualTo(NameVariants.key(b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Siti Aminah|Siti Aminah Binti Ahmad",
            "Sari Dewi|Siti Dewi",
            "Ahmad Yani|Ahmad Yanto",
    })
    void differentNamesDoNot(String a, String b) {
        assertThat(NameVariants.similar(a, b)).isFalse();
    }

    @Test
    void theKeyIsReadable() {
        assertThat(NameVariants.key("Mochammad Tjahjono")).isEqualTo("M CAHYONO");
        assertThat(NameVariants.similar("", "")).isFalse();
        assertThat(NameVariants.similar(null, "Joko")).isFalse();
    }
}
