package id.loket.core.queue;

import id.loket.core.application.Lane;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaneQuotasTest {

    @Test
    void defaultsCoverEveryLane() {
        LaneQuotas d = LaneQuotas.defaults();
        assertThat(d.daily()).containsOnlyKeys(Lane.values());
        assertThat(d.of(Lane.APPOINTMENT)).isEqualTo(120);
        assertThat(d.of(Lane.PRIORITY)).isEqualTo(40);
    }

    @Test
    void aMissingLaneGetsItsDefaultAndWithChangesOneLane() {
        LaneQuotas q = new LaneQuotas(Map.of(Lane.WALK_IN, 10));
        assertThat(q.of(Lane.WALK_IN)).isEqualTo(10);
        assertThat(q.of(Lane.COLLECTIVE)).isEqualTo(LaneQuotas.defaults().of(Lane.COLLECTIVE));
        LaneQuotas changed = q.with(Lane.COLLECTIVE, 0);
        assertThat(changed.of(Lane.COLLECTIVE)).isZero();
        assertThat(changed.of(Lane.WALK_IN)).isEqualTo(10);
        assertThat(q.of(Lane.COLLECTIVE)).isNotZero();
    }

    @Test
    void refusesNegativeAndHugeQuotas() {
        assertThatThrownBy(() -> LaneQuotas.defaults().with(Lane.WALK_IN, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LaneQuotas.defaults().with(Lane.WALK_IN, LaneQuotas.MAX + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
