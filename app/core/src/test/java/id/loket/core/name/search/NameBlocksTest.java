package id.loket.core.name.search;

import id.loket.core.name.match.IndonesianNameNormaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NameBlocksTest {

    private static boolean meet(String query, String stored) {
        Set<String> shared = new HashSet<>(NameBlocks.query(IndonesianNameNormaliser.normalise(query)));
        shared.retainAll(NameBlocks.stored(IndonesianNameNormaliser.normalise(stored)));
        return !shared.isEmpty();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "Moehammad Djoko Soesilo|Muhammad Joko Susilo",
            "Budi Santoso|Santoso Budi",
            "Budi S.|Budi Santoso",
            "Budi Santoso|Budi S.",
            "Ahmad|Ahmad bin Abdullah",
            "Ahmad Abdullah|Ahmad bin Abdullah",
            "Firman|H. M. Firman",
            "Nur Aini|Nuraini",
            "Nuraini|Nur Aini",
            "Nur Aini Lestari|Nuraini Lestari",
            "Nuraini Lestari|Nur Aini Lestari",
            "Sadino M.|Sadino Mukartanto",
            "Sitti K.|Siti Khadijah",
            "Soelistjo Yanto|Yanto Sulistyo",
            "Chandra Wijaya|Candra Wijaya",
            "I Made Wirawan|Made Wirawan",
    })
    void similarNamesShareABlock(String query, String stored) {
        assertThat(meet(query, stored)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not look at {1}")
    @CsvSource(delimiter = '|', value = {
            "Siti Aminah|Budi Santoso",
            "Made Wirawan|Made Wiranata",
            "Ahmad|Ahmad Fauzi Hasibuan",
            "Budi Santoso|Budi",
            "Budi Santoso|Budi Susilo",
    })
    void otherNamesDoNot(String query, String stored) {
        assertThat(meet(query, stored)).isFalse();
    }
}
