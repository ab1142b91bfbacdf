package id.loket.core.name.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneticKeyTest {

    private static String key(String name) {
        return IndonesianNameNormaliser.normalise(name).own().getFirst().keys().getFirst();
    }

    @ParameterizedTest(name = "{0} and {1} share the key {2}")
    @CsvSource(delimiter = '|', value = {
            "Susilo|Soesilo|SSL",
            "Santoso|Santosa|SNTS",
            "Ahmad|Achmad|AMT",
            "Ahmat|Akhmad|AMT",
            "Umar|Oemar|AMR",
            "Yusuf|Yusup|JSP",
            "Zulkifli|Julkipli|JLKPL",
            "Syahrir|Sjahrir|SRR",
            "Cipto|Tjipto|CPT",
            "Nyoman|Njoman|NMN",
            "Khairul|Chairul|HRL",
    })
    void spellingsOfOneNameShareAKey(String a, String b, String key) {
        assertThat(key(a)).isEqualTo(key);
        assertThat(key(b)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} and {1} differ")
    @CsvSource(delimiter = '|', value = {
            "Lina|Rina",
            "Mina|Nina",
            "Wirawan|Wiranata",
            "Kurniawan|Kurniawati",
            "Putu|Putri",
    })
    void differentNamesHaveDifferentKeys(String a, String b) {
        assertThat(key(a)).isNotEqualTo(key(b));
    }
}
