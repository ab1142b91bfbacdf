package id.loket.desktop.capture;

import id.loket.core.application.Lane;

import java.util.UUID;

/**
 * How a capture flow is opened: resuming an existing draft ({@code applicationId}), or a new
 * application, optionally for a called queue ticket ({@code ticketId}) whose lane preselects
 * the applicant's lane. Every component may be null; a start with none is a plain new capture.
 *
 * @param applicationId the draft to resume, or null for a new application
 * @param ticketId      the queue ticket being served, or null when not started from the queue
 * @param lane          the lane to preselect, or null
 */
public record CaptureStart(UUID applicationId, UUID ticketId, Lane lane) {

    /** A new application not linked to any ticket. */
    public static CaptureStart fresh() {
        return new CaptureStart(null, null, null);
    }

    /** A new application for a called ticket. */
    public static CaptureStart forTicket(UUID ticketId, Lane lane) {
        return new CaptureStart(null, ticketId, lane);
    }

    /** Resumes the draft with this id. */
    public static CaptureStart resume(UUID applicationId) {
        return new CaptureStart(applicationId, null, null);
    }
}
