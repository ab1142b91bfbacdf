package id.loket.core.queue;

import id.loket.core.application.Lane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static id.loket.core.queue.QueueFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

/** What the waiting-room display shows of the queue: the latest calls per lane and who still waits. */
class QueueBoardTest {

    @TempDir
    Path dir;

    @Test
    void eachLaneShowsItsLatestCallsFirstAndTheTicketAtTheCounter() {
        try (QueueFixture f = new QueueFixture(dir)) {
            for (int i = 0; i < 5; i++) {
                f.tickets().issue(Lane.WALK_IN, OFFICER);
                f.clock.advance(Duration.ofSeconds(1));
            }
            f.tickets().issue(Lane.COLLECTIVE, OFFICER);
            assertThat(f.tickets().calledToday()).extracting(LaneCalls::lane).containsExactly(Lane.WALK_IN,
                    Lane.COLLECTIVE);
            assertThat(f.tickets().calledToday().getFirst().current()).isEmpty();

            for (int i = 0; i < 4; i++) {
                Ticket called = f.calls().callNext(Lane.WALK_IN, OFFICER).orElseThrow();
                f.clock.advance(Duration.ofMinutes(2));
                if (i < 3) {
                    f.calls().markNoShow(called.id(), OFFICER);
                }
            }
            LaneCalls walkIn = f.tickets().calledToday().getFirst();
            assertThat(walkIn.recent()).extracting(Ticket::number).containsExactly("W03-004", "W03-003", "W03-002");
            assertThat(walkIn.current()).map(Ticket::number).contains("W03-004");
            assertThat(walkIn.waiting()).isEqualTo(1);

            f.calls().cancel(walkIn.current().orElseThrow().id(), "pergi", OFFICER);
            LaneCalls after = f.tickets().calledToday().getFirst();
            assertThat(after.recent()).extracting(Ticket::number).containsExactly("W03-003", "W03-002", "W03-001");
            assertThat(after.current()).as("the last call before was a no-show").isEmpty();
        }
    }

    @Test
    void callsAtTheSameInstantAreShownInTheOrderOfTheirNumbers() {
        try (QueueFixture f = new QueueFixture(dir)) {
            f.tickets().issue(Lane.WALK_IN, OFFICER);
            f.tickets().issue(Lane.WALK_IN, OFFICER);
            f.calls().markNoShow(f.calls().callNext(Lane.WALK_IN, OFFICER).orElseThrow().id(), OFFICER);
            f.calls().callNext(Lane.WALK_IN, OFFICER);
            LaneCalls walkIn = f.tickets().calledToday().getFirst();
            assertThat(walkIn.recent()).extracting(Ticket::number).containsExactly("W03-002", "W03-001");
            assertThat(walkIn.current()).map(Ticket::number).contains("W03-002");
        }
    }
}
