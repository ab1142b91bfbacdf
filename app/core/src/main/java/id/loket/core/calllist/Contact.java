package id.loket.core.calllist;

import id.loket.core.i18n.Message;

import java.util.Objects;
import java.util.UUID;

/**
 * One applicant to contact about one status.
 *
 * @param subjectId the application (or, for {@link CallStatus#MUST_RESCHEDULE}, the appointment)
 * @param statusKey what "already contacted" is keyed on: the status, and for a move the new day
 *                  (an appointment moved twice is called twice)
 * @param phone     the applicant's phone as captured, or null when none is known
 * @param reference what the applicant knows the case by: the receipt number or the booking code
 * @param message   the text to say or send, rendered in Bahasa Indonesia by {@link CallList#text}
 */
public record Contact(UUID subjectId, CallStatus status, String statusKey, String fullName, String phone,
                      String reference, Message message) {

    public Contact {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusKey, "statusKey");
        Objects.requireNonNull(message, "message");
    }
}
