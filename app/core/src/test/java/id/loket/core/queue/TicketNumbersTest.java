package id.loket.core.queue;

import id.loket.core.application.Lane;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketNumbersTest {

    @Test
    void numberIsLaneLetterCounterAndSequence() {
        assertThat(TicketNumbers.format(Lane.APPOINTMENT, 3, 7)).isEqualTo("A03-007");
        assertThat(TicketNumbers.format(Lane.WALK_IN, 12, 40)).isEqualTo("W12-040");
        assertThat(TicketNumbers.format(Lane.PRIORITY, 1, 1)).isEqualTo("P01-001");
        assertThat(TicketNumbers.format(Lane.COLLECTIVE, 5, 1234)).isEqualTo("K05-1234");
        assertThat(TicketNumbers.format(Lane.HAJJ_UMRAH_SESSION, 99, 2)).isEqualTo("H99-002");
        assertThat(TicketNumbers.FORMAT.matcher("K05-1234").matches()).isTrue();
    }

    @Test
    void everyLaneHasItsOwnLetter() {
        assertThat(Arrays.stream(Lane.values()).map(TicketNumbers::letter).distinct().count())
                .isEqualTo(Lane.values().length);
    }

    @Test
    void refusesCountersAndSequencesOutOfRange() {
        assertThatThrownBy(() -> TicketNumbers.format(Lane.WALK_IN, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketNumbers.format(Lane.WALK_IN, 100, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketNumbers.format(Lane.WALK_IN, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
