package id.loket.core.name.search;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.application.Application;
import id.loket.core.name.search.DuplicateCandidate.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static id.loket.core.name.search.SearchFixture.save;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicateFinderTest {

    private static final LocalDate BORN = LocalDate.of(1965, 3, 1);

    @TempDir
    Path dir;

    @Test
    void aSimilarNameBornTheSameDayOrTheSameNikIsACandidate() {
        try (CoreServices core = TestStores.open(dir)) {
            Application oldSpelling = save(core, "Moehammad Djoko Soesilo", BORN, "3201010103650001");
            save(core, "Muhammad Joko Susilo", BORN.plusDays(1), "3201010203650002");
            save(core, "Budi Santoso", BORN, "3201010103650003");
            Application borrowed = save(core, "Siti Aminah", LocalDate.of(1980, 1, 1), "3201010103650009");
            DuplicateFinder finder = new DuplicateFinder(core.store());

            List<DuplicateCandidate> found = finder.candidates("H. M. Joko Susilo", BORN, "3201010103650009");
            assertThat(found).extracting(d -> d.hit().id()).containsExactly(oldSpelling.id(), borrowed.id());
            assertThat(found.get(0).reasons()).containsExactly(Reason.SIMILAR_NAME_SAME_BIRTH_DATE);
            assertThat(found.get(0).hit().score()).isGreaterThan(0.9);
            assertThat(found.get(1).reasons()).containsExactly(Reason.SAME_NIK_DIFFERENT_NAME);
        }
    }

    @Test
    void theSameNikWithASimilarNameComesFirstAndTheDraftItselfIsLeftOut() {
        try (CoreServices core = TestStores.open(dir)) {
            Application earlier = save(core, "Siti Aminah", BORN, "3201014103650004");
            Application twin = save(core, "Siti Aminah", BORN, "3201014103650005");
            Application current = save(core, "Hj. Siti Aminah", BORN, "3201014103650004");
            DuplicateFinder finder = new DuplicateFinder(core.store());

            List<DuplicateCandidate> found = finder.candidates("Hj. Siti Aminah", BORN, "3201014103650004", current.id());
            assertThat(found).extracting(d -> d.hit().id()).containsExactly(earlier.id(), twin.id());
            assertThat(found.get(0).reasons()).isEqualTo(Set.of(Reason.SAME_NIK, Reason.SIMILAR_NAME_SAME_BIRTH_DATE));
            assertThat(finder.candidates(null, null, null)).isEmpty();
            assertThat(finder.candidates("Siti Aisyah", BORN, null)).isEmpty();
        }
    }
}
