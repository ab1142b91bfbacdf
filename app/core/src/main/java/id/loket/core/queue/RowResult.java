package id.loket.core.queue;

import id.loket.core.i18n.Message;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one appointment row, so the officer sees exactly which rows were refused and why.
 *
 * @param line          line of the row in the CSV file (1 is the header); 0 for a typed-in appointment
 * @param bookingCode   the booking code as read (trimmed, upper-case), possibly blank
 * @param reasons       why the row was rejected; empty unless {@link RowOutcome#REJECTED}
 * @param warnings      accepted oddities, e.g. the NIK disagrees with the stated birth date (legal)
 * @param appointmentId the stored appointment, null when rejected
 */
public record RowResult(int line, String bookingCode, RowOutcome outcome, List<Message> reasons,
                        List<Message> warnings, UUID appointmentId) {

    public RowResult {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }
}
