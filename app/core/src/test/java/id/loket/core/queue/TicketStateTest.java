package id.loket.core.queue;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static id.loket.core.queue.TicketState.CALLED;
import static id.loket.core.queue.TicketState.CANCELLED;
import static id.loket.core.queue.TicketState.DONE;
import static id.loket.core.queue.TicketState.NO_SHOW;
import static id.loket.core.queue.TicketState.SERVING;
import static id.loket.core.queue.TicketState.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

class TicketStateTest {

    @Test
    void aTicketMovesOnlyForward() {
        assertThat(WAITING.next()).containsExactlyInAnyOrder(CALLED, CANCELLED);
        assertThat(CALLED.next()).containsExactlyInAnyOrder(SERVING, NO_SHOW, CANCELLED);
        assertThat(SERVING.next()).containsExactly(DONE);
        assertThat(WAITING.canMoveTo(SERVING)).isFalse();
        assertThat(SERVING.canMoveTo(CANCELLED)).isFalse();
        assertThat(CALLED.canMoveTo(WAITING)).isFalse();
    }

    @Test
    void finalStatesGoNowhere() {
        for (TicketState s : EnumSet.of(DONE, NO_SHOW, CANCELLED)) {
            assertThat(s.isFinal()).isTrue();
            for (TicketState target : TicketState.values()) {
                assertThat(s.canMoveTo(target)).as("%s -> %s", s, target).isFalse();
            }
        }
        assertThat(WAITING.isFinal()).isFalse();
    }
}
