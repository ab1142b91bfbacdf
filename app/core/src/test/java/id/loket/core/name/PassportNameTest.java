package id.loket.core.name;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassportNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "M. Firman|M FIRMAN",
            "H. M. Firman, S.E.|M FIRMAN",
            "Hj. Siti Aminah, S.Pd.|SITI AMINAH",
            "Prof. Dr. Ir. Budi Santoso, M.Sc.|BUDI SANTOSO",
            "Drs. Bambang Hartono, M.M.|BAMBANG HARTONO",
            "Dra. Endang Lestari|ENDANG LESTARI",
            "dr. Tirta Mandira|TIRTA MANDIRA",
            "K.H. Ahmad Dahlan|AHMAD DAHLAN",
            "Drs.H.Ahmad Dahlan|AHMAD DAHLAN",
            "Siti Aminah S.Pd.|SITI AMINAH",
            "Rudi Hartono S.Kom M.M.|RUDI HARTONO",
            "Ahmad bin Abdullah|AHMAD BIN ABDULLAH",
            "Siti Nurhaliza binti Ahmad|SITI NURHALIZA BINTI AHMAD",
            "Ma'ruf Amin|MARUF AMIN",
            "Ma\u2019ruf Amin|MARUF AMIN",
            "  siti   nur-haliza  |SITI NUR HALIZA",
            "Sukarno|SUKARNO",
            "José Rizal|JOSE RIZAL",
            "Firman H.|FIRMAN H",
            "Ir. Soekarno|SOEKARNO",
            "Siti M.Arif|SITI M ARIF",
            "H.M. Firman|M FIRMAN",
            "Ahmad Dahlan Amd.Keb.|AHMAD DAHLAN",
    })
    void derivesThePassportName(String fullName, String expected) {
        assertThat(PassportName.derive(fullName)).isEqualTo(expected);
    }

    @Test
    void titlesOnlyOrNothingGiveAnEmptyName() {
        assertThat(PassportName.derive(null)).isEmpty();
        assertThat(PassportName.derive("   ")).isEmpty();
        assertThat(PassportName.derive("H.")).isEmpty();
    }

    @Test
    void titlesAreOnlyRemovedAtTheStart() {
        assertThat(PassportName.derive("Ahmad Dr Ir")).isEqualTo("AHMAD DR IR");
    }

    @Test
    void wordsSplitOnAnyWhitespace() {
        assertThat(PassportName.words(" SITI \t AMINAH ")).containsExactly("SITI", "AMINAH");
        assertThat(PassportName.words(null)).isEmpty();
        assertThat(PassportName.words("SITI\n\u000B\f\rAMINAH")).containsExactly("SITI", "AMINAH");
        assertThat(PassportName.words("SITI\u00A0AMINAH")).as("a no-break space is not \\s").containsExactly("SITI\u00A0AMINAH");
        assertThat(PassportName.derive("H.\t\tMuhammad\n Firman,  S.E.")).isEqualTo("MUHAMMAD FIRMAN");
        assertThat(PassportName.derive("Ma'ruf  `Amin")).isEqualTo("MARUF AMIN");
        assertThat(PassportName.derive("José Ramos-Horta")).as("not ASCII: marks stripped").isEqualTo("JOSE RAMOS HORTA");
    }
}
