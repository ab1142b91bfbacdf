package id.loket.core.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who asks for a transition, when, and why.
 *
 * @param actor  username of the acting officer (or the centre's name for {@link ActorRole#CENTRE})
 * @param role   the actor's role; only supervisors and administrators confirm finger exceptions
 * @param clock  time source for {@code updatedAt} and for "today" in the NIK check
 * @param reason required to cancel; otherwise may be null
 */
public record TransitionContext(String actor, ActorRole role, Clock clock, String reason) {

    public TransitionContext {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clock, "clock");
    }

    public static TransitionContext of(String actor, ActorRole role, Clock clock) {
        return new TransitionContext(actor, role, clock, null);
    }

    public TransitionContext withReason(String value) {
        return new TransitionContext(actor, role, clock, value);
    }

    /** Today in the clock's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
