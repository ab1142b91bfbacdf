package id.loket.core.name.match;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameMatcherTest {

    @Test
    void theIssuesExamplesMatch() {
        assertThat(NameMatcher.match("Moehammad Djoko Soesilo", "Muhammad Joko Susilo").likelySame()).isTrue();
        assertThat(NameMatcher.score("H. M. Firman", "M Firman")).isEqualTo(1.0);
    }

    @Test
    void theSameNameScoresOneAndNothingInCommonZero() {
        assertThat(NameMatcher.score("Siti Aminah", "SITI AMINAH")).isEqualTo(1.0);
        assertThat(NameMatcher.score("Siti Aminah", "Budi Santoso")).isZero();
        assertThat(NameMatcher.score("", "Budi")).isZero();
        assertThat(NameMatcher.score((String) null, null)).isZero();
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(NameMatcher.score("Tan Kian Hok", "Kian Hok Tan")).isEqualTo(1.0);
    }

    @Test
    void aDifferentFatherMakesADifferentPerson() {
        assertThat(NameMatcher.match("Ahmad bin Abdullah", "Ahmad").likelySame()).isTrue();
        assertThat(NameMatcher.match("Ahmad bin Abdullah", "Ahmad Abdullah").likelySame()).isTrue();
        assertThat(NameMatcher.match("Ahmad bin Abdullah", "Ahmad bin Yusuf").likelySame()).isFalse();
    }

    @Test
    void inflectedEndingsAreOtherNames() {
        assertThat(NameMatcher.match("Dwi Putra", "Dwi Putri").likelySame()).isFalse();
        assertThat(NameMatcher.match("Andi Kurniawan", "Andi Kurniawati").likelySame()).isFalse();
        assertThat(NameMatcher.match("Budi Santoso", "Budi Santosa").likelySame()).isTrue();
    }

    @Test
    void wordsWrittenTogetherMatchWordsWrittenApart() {
        assertThat(NameMatcher.match("Nur Aini", "Nuraini").likelySame()).isTrue();
        assertThat(NameMatcher.match("Ahmad", "Ahmad Fauzi Hasibuan").likelySame()).isFalse();
    }

    @Test
    void aMatchCarriesItsVerdict() {
        assertThat(new NameMatch(NameMatch.THRESHOLD).likelySame()).isTrue();
        assertThat(new NameMatch(Math.nextDown(NameMatch.THRESHOLD)).likelySame()).isFalse();
        assertThatThrownBy(() -> new NameMatch(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NameMatch(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
