package id.loket.core.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {

    @Test
    void hasVersion7AndTheRfc9562Variant() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = Ids.uuidV7();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2); // binary 10
            assertThat(id.toString().charAt(14)).isEqualTo('7');
            assertThat(id.toString().charAt(19)).isIn('8', '9', 'a', 'b');
        }
    }

    @Test
    void carriesTheCurrentUnixMillisecondsInTheFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Ids.uuidV7();
        long after = System.currentTimeMillis();
        // monotonic counter overflow may push at most a few ms ahead
        assertThat(Ids.timestampMillis(id)).isBetween(before, after + 5);
    }

    @Test
    void layoutMatchesTheRfcExample() {
        // RFC 9562 appendix A.6: 017F22E2-79B0-7CC3-98C4-DC0C0C07398F for 0x017F22E279B0 ms
        UUID id = Ids.uuidV7(0x017F22E279B0L, 0xCC3, 0x18C4DC0C0C07398FL);
        assertThat(id).isEqualTo(UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
        assertThat(Ids.timestampMillis(id)).isEqualTo(0x017F22E279B0L);
    }

    @Test
    void successiveIdsAreStrictlyIncreasingAndUnique() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(Ids.uuidV7());
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }

    @Test
    void refusesOtherVersions() {
        assertThatThrownBy(() -> Ids.timestampMillis(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }
}
