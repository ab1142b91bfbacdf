package id.loket.core.queue;

import id.loket.core.application.Lane;

import java.util.List;
import java.util.Optional;

/**
 * One lane on the waiting-room display: the tickets called today, the latest first, and how many
 * still wait.
 *
 * @param recent  the latest calls (at most {@link QueueService#BOARD_CALLS}), most recent first
 * @param waiting tickets still waiting in the lane
 */
public record LaneCalls(Lane lane, List<Ticket> recent, int waiting) {

    public LaneCalls {
        recent = List.copyOf(recent);
    }

    /** The ticket being called or served at the counter now: the latest call, unless it is over. */
    public Optional<Ticket> current() {
        return recent.stream().findFirst()
                .filter(t -> t.state() == TicketState.CALLED || t.state() == TicketState.SERVING);
    }
}
