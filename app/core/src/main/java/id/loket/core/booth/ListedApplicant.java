package id.loket.core.booth;

import id.loket.core.workflow.ApplicationState;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One person on the organiser's list of a booth event, and where their capture stands.
 *
 * @param line          the line of the list's CSV file the person came from
 * @param applicationId the capture started for the person, or null
 * @param state         that application's state, or null when none was started
 */
public record ListedApplicant(UUID id, UUID eventId, int line, String fullName, LocalDate birthDate, String nik,
                              UUID applicationId, ApplicationState state) {

    /** True when a capture was started and not cancelled: the person holds one of the event's places. */
    public boolean holdsPlace() {
        return state != null && state != ApplicationState.CANCELLED;
    }

    /** True when the capture was finalised (or went further: approved, printed ...). */
    public boolean captured() {
        return holdsPlace() && state != ApplicationState.DRAFT;
    }
}
