package id.loket.core.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An M-Paspor appointment for one day, kept locally so booked applicants are served while
 * M-Paspor is unreachable. The booking code is unique per day.
 *
 * @param ticketId        the queue ticket issued at check-in, null until the applicant checked in
 * @param rescheduledFrom the day first booked, when the appointment was moved to {@code date}; else null
 */
public record Appointment(UUID id, LocalDate date, String bookingCode, String fullName, LocalDate birthDate,
                          String nik, AppointmentSource source, UUID ticketId, String createdBy, Instant createdAt,
                          LocalDate rescheduledFrom) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(bookingCode, "bookingCode");
        Objects.requireNonNull(source, "source");
    }

    /** True when it was moved from the day first booked. */
    public boolean rescheduled() {
        return rescheduledFrom != null;
    }

    /** True once the applicant checked in and holds a ticket. */
    public boolean checkedIn() {
        return ticketId != null;
    }
}
