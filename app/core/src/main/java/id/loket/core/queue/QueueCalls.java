package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Calling tickets to the counter and what follows (serving, done, no-show, cancelled). The
 * normal call takes the lowest waiting ticket of a lane; calling any other ticket needs a reason
 * and leaves an audit entry naming the tickets it jumped, so favours and brokers (calo) show up.
 * Every change is audited in the same transaction; a change the {@link TicketState} rules do not
 * allow is refused with a {@link QueueRefusal} and changes nothing.
 */
public final class QueueCalls {

    private final LoketStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public QueueCalls(LoketStore store, AuditLog audit, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Calls today's lowest waiting ticket of the lane; empty when nobody is waiting. */
    public Optional<Ticket> callNext(Lane lane, Officer officer) {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(officer, "officer");
        return store.inTransaction(c -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            if (!TicketRepository.lockLane(c, today, lane)) {
                return Optional.empty();
            }
            for (Ticket candidate : TicketRepository.inState(c, today, lane, TicketState.WAITING)) {
                // FOR UPDATE waits for a concurrent change (e.g. a cancel) and returns the row as
                // committed, so a ticket that stopped waiting meanwhile is skipped, not called
                Ticket locked = lock(c, candidate.id());
                if (locked.state() == TicketState.WAITING) {
                    Ticket called = locked.withCall(officer.username(), clock.instant());
                    TicketRepository.update(c, called);
                    audit.append(officer.username(), "queue.call", called.number(), details(called));
                    return Optional.of(called);
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Calls a waiting ticket out of its turn, e.g. a frail applicant or one whose documents were
     * already checked. The audit entry records the reason and every lower waiting ticket skipped.
     *
     * @throws QueueRefusal without a reason, for an unknown ticket, a ticket of another day, or a
     *                      ticket that is not waiting
     */
    public Ticket callOutOfOrder(UUID ticketId, String reason, Officer officer) {
        Objects.requireNonNull(officer, "officer");
        if (reason == null || reason.isBlank()) {
            throw new QueueRefusal(Message.of("queue.refused.reasonRequired"));
        }
        return store.inTransaction(c -> {
            Ticket found = TicketRepository.find(c, ticketId, false).orElseThrow(QueueCalls::unknown);
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            if (!found.serviceDate().equals(today)) {
                throw new QueueRefusal(Message.of("queue.refused.notToday", found.number(), found.serviceDate()));
            }
            TicketRepository.lockLane(c, today, found.lane());
            Ticket t = lock(c, ticketId);
            requireMove(t, TicketState.CALLED);
            List<String> skipped = TicketRepository.inState(c, today, t.lane(), TicketState.WAITING).stream()
                    .filter(w -> w.sequence() < t.sequence()).map(Ticket::number).toList();
            Ticket called = t.withCall(officer.username(), clock.instant());
            TicketRepository.update(c, called);
            Map<String, String> details = details(called);
            details.put("reason", reason.strip());
            details.put("skipped", String.join(",", skipped));
            details.put("skippedCount", String.valueOf(skipped.size()));
            audit.append(officer.username(), "queue.call-out-of-order", called.number(), details);
            return called;
        });
    }

    /** The called applicant is at the counter: CALLED to SERVING. */
    public Ticket startServing(UUID ticketId, Officer officer) {
        return move(ticketId, TicketState.SERVING, officer, "queue.serving", Map.of());
    }

    /**
     * Links the ticket to the application whose capture started for it; a CALLED ticket becomes
     * SERVING. Linking the same application again changes nothing.
     *
     * @throws QueueRefusal when the ticket is not called or serving, or is linked to another application
     */
    public Ticket linkApplication(UUID ticketId, UUID applicationId, Officer officer) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(officer, "officer");
        return store.inTransaction(c -> {
            Ticket t = lock(c, ticketId);
            if (applicationId.equals(t.applicationId())) {
                return t;
            }
            if (t.applicationId() != null) {
                throw new QueueRefusal(Message.of("queue.refused.alreadyLinked", t.number()));
            }
            if (t.state() != TicketState.SERVING) {
                requireMove(t, TicketState.SERVING);
            }
            Ticket linked = t.withState(TicketState.SERVING, clock.instant()).withApplication(applicationId,
                    clock.instant());
            TicketRepository.update(c, linked);
            Map<String, String> details = details(linked);
            details.put("applicationId", applicationId.toString());
            audit.append(officer.username(), "queue.application-linked", linked.number(), details);
            return linked;
        });
    }

    /**
     * Moves the tickets linked to {@code from} over to {@code to}: {@code from} was a draft cancelled
     * because the applicant already has {@code to}. The ticket keeps its state: a ticket being served
     * stays SERVING (the applicant is still at the counter and the officer goes on with {@code to};
     * "serve" on the queue desk now opens {@code to}, not the cancelled draft), and a finished ticket
     * keeps its end but names the application the person really has. Each move is audited with the
     * ticket id and both application ids. Joins the caller's transaction.
     *
     * @return the tickets moved; empty when none was linked to {@code from}
     */
    public List<Ticket> relinkApplication(UUID from, UUID to, Officer officer) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(officer, "officer");
        return store.inTransaction(c -> {
            List<Ticket> moved = new ArrayList<>();
            for (Ticket t : TicketRepository.linkedToForUpdate(c, from)) {
                Ticket relinked = t.withApplication(to, clock.instant());
                TicketRepository.update(c, relinked);
                Map<String, String> details = details(relinked);
                details.put("fromApplicationId", from.toString());
                details.put("applicationId", to.toString());
                audit.append(officer.username(), "queue.application-relinked", relinked.number(), details);
                moved.add(relinked);
            }
            return moved;
        });
    }

    /** The applicant was served: SERVING to DONE. */
    public Ticket markServed(UUID ticketId, Officer officer) {
        return move(ticketId, TicketState.DONE, officer, "queue.served", Map.of());
    }

    /** The called applicant did not come: CALLED to NO_SHOW. */
    public Ticket markNoShow(UUID ticketId, Officer officer) {
        return move(ticketId, TicketState.NO_SHOW, officer, "queue.no-show", Map.of());
    }

    /**
     * Cancels a waiting or called ticket (the applicant left, a duplicate ticket); the place in the
     * quota is given back.
     *
     * @throws QueueRefusal without a reason or when the ticket is being served or finished
     */
    public Ticket cancel(UUID ticketId, String reason, Officer officer) {
        if (reason == null || reason.isBlank()) {
            throw new QueueRefusal(Message.of("queue.refused.cancelReasonRequired"));
        }
        return move(ticketId, TicketState.CANCELLED, officer, "queue.cancelled", Map.of("reason", reason.strip()));
    }

    private Ticket move(UUID ticketId, TicketState target, Officer officer, String action, Map<String, String> extra) {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(officer, "officer");
        return store.inTransaction(c -> {
            Ticket t = lock(c, ticketId);
            requireMove(t, target);
            Ticket moved = t.withState(target, clock.instant());
            TicketRepository.update(c, moved);
            Map<String, String> details = details(moved);
            details.put("from", t.state().name());
            details.putAll(extra);
            audit.append(officer.username(), action, moved.number(), details);
            return moved;
        });
    }

    private static Ticket lock(Connection c, UUID ticketId) throws SQLException {
        return TicketRepository.find(c, ticketId, true).orElseThrow(QueueCalls::unknown);
    }

    private static void requireMove(Ticket t, TicketState target) {
        if (!t.state().canMoveTo(target)) {
            throw new QueueRefusal(Message.of("queue.refused.transition", t.number(), t.state(), target));
        }
    }

    private static QueueRefusal unknown() {
        return new QueueRefusal(Message.of("queue.refused.unknownTicket"));
    }

    private static Map<String, String> details(Ticket t) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("ticketId", t.id().toString());
        d.put("lane", t.lane().name());
        d.put("state", t.state().name());
        return d;
    }
}
