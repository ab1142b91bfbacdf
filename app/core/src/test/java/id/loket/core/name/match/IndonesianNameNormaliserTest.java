package id.loket.core.name.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianNameNormaliserTest {

    private static List<String> readings(String name) {
        return IndonesianNameNormaliser.normalise(name).all().stream().map(NameToken::reading).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Hj. Siti Aminah, S.Pd.|SITI AMINA",
            "Dr. Ir. Budi Santoso M.Sc.|BUDI SANTOSO",
            "Budi Santoso SE|BUDI SANTOSO",
            "Moehammad Djoko Soesilo|MUHAMMAD JOKO SUSILO",
            "Jahja Soerjadi|YAHIA SURIADI",
            "Tjahjo Kumolo|CAHIO KUMOLO",
            "Njoman Sjahrir|NYOMAN SYAHRIR",
            "Zaenal Abidin|ZAINAL ABIDIN",
            "Rizky Setyawan|RIZKI SETIAWAN",
            "Abdurrahman Fathimah|ABDURAHMAN FATIMA",
            "St. Aminah|SITI AMINA",
            "Abd. Karim|ABDUL KARIM",
            "Nurul Huda|NUR HUDA",
            "Taufiq Ridhwan|TAUFIK RIDWAN",
    })
    void readsTheModernSpelling(String name, String expected) {
        assertThat(String.join(" ", readings(name))).isEqualTo(expected);
    }

    @Test
    void everyFormOfMuhammadIsOneKindOfWord() {
        for (String m : List.of("Muhammad", "Mochammad", "Moh.", "Muh.", "Mhd.", "M.", "Mohd", "Moehammad")) {
            NameToken t = IndonesianNameNormaliser.normalise(m + " Firman").own().getFirst();
            assertThat(t.kind()).as(m).isEqualTo(NameToken.Kind.MUHAMMAD);
            assertThat(t.weight()).isLessThan(1);
        }
    }

    @Test
    void aPlainJStaysJButMayBeReadY() {
        NameToken jusuf = IndonesianNameNormaliser.normalise("Jusuf Kalla").own().getFirst();
        assertThat(jusuf.readings()).containsExactly("JUSUF", "YUSUF");
        NameToken joko = IndonesianNameNormaliser.normalise("Joko Susilo").own().getFirst();
        assertThat(joko.readings()).containsExactly("JOKO", "YOKO");
        NameToken djoko = IndonesianNameNormaliser.normalise("Djoko Soesilo").own().getFirst();
        assertThat(djoko.readings()).containsExactly("JOKO");
    }

    @Test
    void binAndBintiSplitOffTheFather() {
        NormalisedName n = IndonesianNameNormaliser.normalise("Siti Aminah binti H. Ahmad");
        assertThat(n.own()).extracting(NameToken::text).containsExactly("SITI", "AMINAH");
        assertThat(n.patronym()).extracting(NameToken::text).containsExactly("H", "AHMAD");
        assertThat(IndonesianNameNormaliser.normalise("Zainab bt Yusuf").hasPatronym()).isTrue();
        assertThat(IndonesianNameNormaliser.normalise("Bin Laden").hasPatronym()).isFalse();
    }

    @Test
    void particlesAndInitials() {
        NormalisedName bali = IndonesianNameNormaliser.normalise("I Made Wirawan");
        assertThat(bali.own().getFirst().kind()).isEqualTo(NameToken.Kind.PARTICLE);
        NormalisedName initial = IndonesianNameNormaliser.normalise("Sri Mulyani I.");
        assertThat(initial.own().getLast().kind()).isEqualTo(NameToken.Kind.INITIAL);
        assertThat(initial.own().getLast().keys()).containsExactly("I.");
        assertThat(IndonesianNameNormaliser.normalise("Maria br. Sitorus").own().get(1).kind())
                .isEqualTo(NameToken.Kind.PARTICLE);
    }

    @Test
    void nothingToMatch() {
        assertThat(IndonesianNameNormaliser.normalise(null).isEmpty()).isTrue();
        assertThat(IndonesianNameNormaliser.normalise("  H.  ").isEmpty()).isTrue();
    }
}
