package id.loket.core.biometric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerSetTest {

    @Test
    void presetsGoFromTwoIndexPrintsToAllTen() {
        assertThat(FingerSet.TWO_INDEX.fingers()).containsExactly(Finger.RIGHT_INDEX, Finger.LEFT_INDEX);
        assertThat(FingerSet.FOUR.fingers()).containsExactly(Finger.RIGHT_THUMB, Finger.RIGHT_INDEX,
                Finger.LEFT_THUMB, Finger.LEFT_INDEX);
        assertThat(FingerSet.TEN.fingers()).containsExactly(Finger.values());
        assertThat(FingerSet.TEN.size()).isEqualTo(10);
    }

    @Test
    void parsesAConfiguredList() {
        assertThat(FingerSet.parse("LEFT_INDEX,RIGHT_INDEX")).isEqualTo(FingerSet.TWO_INDEX);
        assertThat(FingerSet.parse(" left_thumb , right_thumb,LEFT_INDEX,RIGHT_INDEX ")).isEqualTo(FingerSet.FOUR);
        assertThat(FingerSet.parse("RIGHT_INDEX,RIGHT_INDEX").fingers()).containsExactly(Finger.RIGHT_INDEX);
    }

    @Test
    void parsesPresetNames() {
        assertThat(FingerSet.parse("TWO_INDEX")).isEqualTo(FingerSet.TWO_INDEX);
        assertThat(FingerSet.parse("four")).isEqualTo(FingerSet.FOUR);
        assertThat(FingerSet.parse("TEN")).isEqualTo(FingerSet.TEN);
    }

    @Test
    void formatIsReadBackByParse() {
        for (FingerSet set : List.of(FingerSet.TWO_INDEX, FingerSet.FOUR, FingerSet.TEN,
                FingerSet.of(Finger.LEFT_LITTLE))) {
            assertThat(FingerSet.parse(set.format())).isEqualTo(set);
        }
        assertThat(FingerSet.TWO_INDEX.format()).isEqualTo("RIGHT_INDEX,LEFT_INDEX");
    }

    @Test
    void orderAndDuplicatesDoNotMatter() {
        assertThat(FingerSet.of(Finger.LEFT_INDEX, Finger.RIGHT_INDEX, Finger.LEFT_INDEX))
                .isEqualTo(FingerSet.of(Finger.RIGHT_INDEX, Finger.LEFT_INDEX));
    }

    @Test
    void unknownFingersAndEmptyConfigAreRefusedByName() {
        assertThatThrownBy(() -> FingerSet.parse("LEFT_INDEX,LEFT_TOE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LEFT_TOE");
        assertThatThrownBy(() -> FingerSet.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FingerSet.parse(",,")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FingerSet.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FingerSet(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresAndAsSet() {
        assertThat(FingerSet.TWO_INDEX.requires(Finger.LEFT_INDEX)).isTrue();
        assertThat(FingerSet.TWO_INDEX.requires(Finger.LEFT_THUMB)).isFalse();
        assertThat(FingerSet.FOUR.asSet()).hasSize(4);
    }

    @Test
    void sbiNamesAndIsoPositions() {
        assertThat(Finger.LEFT_INDEX.bioSubType()).isEqualTo("Left IndexFinger");
        assertThat(Finger.RIGHT_THUMB.bioSubType()).isEqualTo("Right Thumb");
        assertThat(Finger.LEFT_LITTLE.bioSubType()).isEqualTo("Left LittleFinger");
        assertThat(Finger.RIGHT_THUMB.isoPosition()).isEqualTo(1);
        assertThat(Finger.LEFT_LITTLE.isoPosition()).isEqualTo(10);
        assertThat(Arrays.stream(Finger.values()).map(Finger::isoPosition).distinct().count()).isEqualTo(10);
        assertThatThrownBy(() -> Finger.fromBioSubType("Left Toe")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Finger.class)
    void bioSubTypeRoundTrips(Finger finger) {
        assertThat(Finger.fromBioSubType(finger.bioSubType())).isEqualTo(finger);
    }
}
