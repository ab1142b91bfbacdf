package id.loket.core.queue;

import id.loket.core.application.Lane;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A queue ticket as stored on this device. The number (see {@link TicketNumbers}) is what the
 * applicant holds and the display calls; the id links audit entries and the application.
 *
 * @param sequence           position in the lane for the day, 1, 2, ... without gaps
 * @param priorityCriterion  set on PRIORITY tickets only
 * @param appointmentId      set on tickets issued by checking in an M-Paspor appointment
 * @param applicationId      set once capture of the application starts
 * @param calledBy           username of the officer who called it, null while waiting
 */
public record Ticket(UUID id, String number, LocalDate serviceDate, Lane lane, int sequence, int counterNumber,
                     TicketState state, PriorityCriterion priorityCriterion, UUID appointmentId,
                     UUID applicationId, String issuedBy, Instant issuedAt, String calledBy, Instant calledAt,
                     Instant updatedAt) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(state, "state");
    }

    /** A copy in another state, stamped {@code at}. */
    public Ticket withState(TicketState next, Instant at) {
        return new Ticket(id, number, serviceDate, lane, sequence, counterNumber, next, priorityCriterion,
                appointmentId, applicationId, issuedBy, issuedAt, calledBy, calledAt, at);
    }

    /** A copy called to the counter by {@code officer} at {@code at}. */
    public Ticket withCall(String officer, Instant at) {
        return new Ticket(id, number, serviceDate, lane, sequence, counterNumber, TicketState.CALLED,
                priorityCriterion, appointmentId, applicationId, issuedBy, issuedAt, officer, at, at);
    }

    /** A copy linked to the application captured for it. */
    public Ticket withApplication(UUID application, Instant at) {
        return new Ticket(id, number, serviceDate, lane, sequence, counterNumber, state, priorityCriterion,
                appointmentId, application, issuedBy, issuedAt, calledBy, calledAt, at);
    }
}
