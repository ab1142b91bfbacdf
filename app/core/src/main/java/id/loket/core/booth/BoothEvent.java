package id.loket.core.booth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A jemput bola / Eazy Paspor booth: a mobile team serving applicants at a fair, a company or a
 * Kemenag office on a laptop, for a few days, up to an agreed number of applications.
 *
 * @param quota how many applications the team may take over the whole event (the booklets and
 *              slots agreed with the organiser); a supervisor may raise it
 */
public record BoothEvent(UUID id, String name, String place, LocalDate startDate, LocalDate endDate, int quota,
                         String createdBy, Instant createdAt) {

    /** Largest quota accepted for one event. */
    public static final int MAX_QUOTA = 9_999;

    public BoothEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }

    /** True when {@code day} is one of the event's days. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
