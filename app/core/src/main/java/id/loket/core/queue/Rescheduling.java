package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.store.LoketStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Moves an M-Paspor appointment to a later day, e.g. when an outage means today's booked
 * applicants cannot be served. The new day must be later than the booked one and not in the past,
 * open under the weekend rule, and still have room in the M-Paspor lane's daily quota (the
 * appointments already on that day count against it); the booking code must be free on that day.
 * A refusal says which rule and changes nothing; a move is audited with both days. The applicant
 * then appears on the call list (see {@code id.loket.core.calllist}).
 */
public final class Rescheduling {

    private final LoketStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public Rescheduling(LoketStore store, AuditLog audit, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Moves the appointment to {@code newDate}.
     *
     * @return the appointment as moved
     * @throws QueueRefusal when a rule above is broken
     */
    public Appointment reschedule(UUID appointmentId, LocalDate newDate, Officer officer) {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(officer, "officer");
        if (newDate == null) {
            throw new QueueRefusal(Message.of("queue.reschedule.dateRequired"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return store.inTransaction(c -> {
            Appointment a = AppointmentRepository.find(c, appointmentId, true)
                    .orElseThrow(() -> new QueueRefusal(Message.of("queue.checkIn.unknown")));
            if (a.checkedIn()) {
                throw new QueueRefusal(Message.of("queue.reschedule.checkedIn", a.bookingCode()));
            }
            if (!newDate.isAfter(a.date()) || newDate.isBefore(today)) {
                throw new QueueRefusal(Message.of("queue.reschedule.notLater", a.bookingCode(), a.date(), newDate));
            }
            if (QueueService.closedByWeekendRule(c, newDate, Lane.APPOINTMENT)) {
                throw new QueueRefusal(Message.of("queue.reschedule.weekend", newDate));
            }
            int quota = QueueSettings.quotas(c).of(Lane.APPOINTMENT);
            int booked = AppointmentRepository.countOn(c, newDate);
            if (booked >= quota) {
                throw new QueueRefusal(Message.of("queue.reschedule.full", newDate, booked, quota));
            }
            if (AppointmentRepository.findByCode(c, newDate, a.bookingCode()).isPresent()) {
                throw new QueueRefusal(Message.of("queue.appointment.bookingCodeTaken", a.bookingCode(), newDate));
            }
            AppointmentRepository.moveTo(c, a, newDate);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("appointmentId", a.id().toString());
            details.put("from", a.date().toString());
            details.put("to", newDate.toString());
            audit.append(officer.username(), "queue.appointment-rescheduled", a.bookingCode(), details);
            return AppointmentRepository.find(c, a.id(), false).orElseThrow();
        });
    }

    /** Every appointment moved from the day first booked (for the call list). */
    public List<Appointment> rescheduled() {
        return store.read(AppointmentRepository::rescheduled);
    }
}
