package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditLog;
import id.loket.core.device.DeviceProfile;
import id.loket.core.device.DeviceProfiles;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues queue tickets on this device, under the office's rules: a daily quota per lane, the
 * optional weekend hajj/umrah-only rule, a recorded Ramah HAM criterion for the priority lane, and
 * M-Paspor appointment tickets only through check-in. Numbers come from the system in strict order
 * (see {@link TicketNumbers}) so no broker or favour can jump the queue; calling and the other
 * state changes are in {@link QueueCalls}. "Today" is the device's local date in the injected zone.
 * Every issue is audited; a refusal changes nothing and uses up no number.
 */
public final class QueueService {

    private final LoketStore store;
    private final AuditLog audit;
    private final DeviceProfiles devices;
    private final Clock clock;
    private final ZoneId zone;

    public QueueService(LoketStore store, AuditLog audit, DeviceProfiles devices, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The device's local date now. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Issues a ticket in a walk-in, collective or hajj/umrah lane.
     *
     * @throws QueueRefusal for the APPOINTMENT lane (use {@link #checkIn}), the PRIORITY lane (use
     *                      {@link #issuePriority}), a full quota, a lane closed by the weekend rule, or a
     *                      device without a counter number
     */
    public Ticket issue(Lane lane, Officer officer) {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(officer, "officer");
        if (lane == Lane.APPOINTMENT) {
            throw new QueueRefusal(Message.of("queue.refused.appointmentNeedsCheckIn"));
        }
        if (lane == Lane.PRIORITY) {
            throw new QueueRefusal(Message.of("queue.refused.priorityCriterion"));
        }
        return store.inTransaction(c -> issue(c, lane, null, null, officer));
    }

    /**
     * Issues a priority (Ramah HAM) ticket, recording why the applicant qualifies.
     *
     * @throws QueueRefusal without a criterion, when the priority quota is full, or on a weekend
     *                      reserved for hajj/umrah
     */
    public Ticket issuePriority(PriorityCriterion criterion, Officer officer) {
        Objects.requireNonNull(officer, "officer");
        if (criterion == null) {
            throw new QueueRefusal(Message.of("queue.refused.priorityCriterion"));
        }
        return store.inTransaction(c -> issue(c, Lane.PRIORITY, criterion, null, officer));
    }

    /**
     * Checks in today's M-Paspor appointment and issues its APPOINTMENT-lane ticket.
     *
     * @throws QueueRefusal when the appointment is unknown, is for another day, already checked in,
     *                      or the appointment quota is full
     */
    public Ticket checkIn(UUID appointmentId, Officer officer) {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(officer, "officer");
        return store.inTransaction(c -> {
            Appointment a = AppointmentRepository.find(c, appointmentId, true)
                    .orElseThrow(() -> new QueueRefusal(Message.of("queue.checkIn.unknown")));
            if (!a.date().equals(today())) {
                throw new QueueRefusal(Message.of("queue.checkIn.notToday", a.bookingCode(), a.date()));
            }
            if (a.ticketId() != null) {
                String number = TicketRepository.find(c, a.ticketId(), false).map(Ticket::number).orElse("?");
                throw new QueueRefusal(Message.of("queue.checkIn.already", a.bookingCode(), number));
            }
            Ticket t = issue(c, Lane.APPOINTMENT, null, a, officer);
            AppointmentRepository.setTicket(c, a.id(), t.id());
            return t;
        });
    }

    private Ticket issue(Connection c, Lane lane, PriorityCriterion criterion, Appointment appointment,
                         Officer officer) throws SQLException {
        LocalDate today = today();
        DeviceProfile device = devices.current()
                .orElseThrow(() -> new QueueRefusal(Message.of("queue.refused.deviceNotSetUp")));
        if (closedByWeekendRule(c, today, lane)) {
            throw new QueueRefusal(Message.of("queue.refused.weekend", lane));
        }
        long sequence = TicketNumbers.nextSequence(c, today, lane);
        int quota = QueueSettings.quotas(c).of(lane);
        int issued = TicketRepository.countedAgainstQuota(c, today, lane);
        if (issued >= quota) {
            throw new QueueRefusal(Message.of("queue.refused.quotaFull", lane, issued, quota));
        }
        Instant now = clock.instant();
        Ticket t = new Ticket(Ids.uuidV7(), TicketNumbers.format(lane, device.counterNumber(), sequence), today,
                lane, Math.toIntExact(sequence), device.counterNumber(), TicketState.WAITING, criterion,
                appointment == null ? null : appointment.id(), null, officer.username(), now, null, null, now);
        TicketRepository.insert(c, t);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("ticketId", t.id().toString());
        details.put("lane", lane.name());
        if (criterion != null) {
            details.put("priorityCriterion", criterion.name());
        }
        if (appointment != null) {
            details.put("bookingCode", appointment.bookingCode());
        }
        audit.append(officer.username(), "queue.ticket-issued", t.number(), details);
        return t;
    }

    static boolean closedByWeekendRule(Connection c, LocalDate day, Lane lane) throws SQLException {
        return lane != Lane.HAJJ_UMRAH_SESSION && isWeekend(day) && QueueSettings.weekendHajjUmrahOnly(c);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A ticket by id. */
    public Optional<Ticket> find(UUID ticketId) {
        return store.read(c -> TicketRepository.find(c, ticketId, false));
    }

    /** Today's waiting tickets of a lane, in the order they will be called. */
    public List<Ticket> waiting(Lane lane) {
        return store.read(c -> TicketRepository.inState(c, today(), lane, TicketState.WAITING));
    }

    /** Every ticket of a day, by lane then sequence. */
    public List<Ticket> ticketsOn(LocalDate date) {
        return store.read(c -> TicketRepository.onDate(c, date));
    }

    /** How many of a lane's latest calls the waiting-room display shows. */
    public static final int BOARD_CALLS = 3;

    /**
     * Today's calls per lane for the waiting-room display: lanes with tickets today, in lane order,
     * each with its latest calls (a cancelled ticket is never shown) and how many still wait.
     */
    public List<LaneCalls> calledToday() {
        List<Ticket> today = ticketsOn(today());
        List<LaneCalls> out = new ArrayList<>();
        for (Lane lane : Lane.values()) {
            List<Ticket> inLane = today.stream().filter(t -> t.lane() == lane).toList();
            if (inLane.isEmpty()) {
                continue;
            }
            List<Ticket> called = inLane.stream()
                    .filter(t -> t.calledAt() != null && t.state() != TicketState.CANCELLED)
                    .sorted(Comparator.comparing(Ticket::calledAt).thenComparing(Ticket::sequence).reversed())
                    .limit(BOARD_CALLS).toList();
            int waiting = (int) inLane.stream().filter(t -> t.state() == TicketState.WAITING).count();
            out.add(new LaneCalls(lane, called, waiting));
        }
        return out;
    }

    /** Every lane today: issued against quota, waiting, and whether the weekend rule closes it. */
    public List<LaneStatus> status() {
        return store.read(c -> {
            LocalDate today = today();
            LaneQuotas quotas = QueueSettings.quotas(c);
            List<LaneStatus> out = new ArrayList<>();
            for (Lane lane : Lane.values()) {
                out.add(new LaneStatus(lane, TicketRepository.countedAgainstQuota(c, today, lane), quotas.of(lane),
                        TicketRepository.inState(c, today, lane, TicketState.WAITING).size(),
                        !closedByWeekendRule(c, today, lane)));
            }
            return out;
        });
    }
}
