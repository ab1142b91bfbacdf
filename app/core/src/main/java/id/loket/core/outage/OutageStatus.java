package id.loket.core.outage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Whether the office is working in outage mode: the centre has not answered for longer than the
 * threshold.
 *
 * @param inOutage true beyond the threshold
 * @param since    when the centre was last reached (or first found unreachable when it never was); null when
 *                 the centre answers
 * @param sinceLocal {@code since} in the office's time zone, null with it
 * @param length   how long it has been unreachable, {@link Duration#ZERO} when it answers
 */
public record OutageStatus(boolean inOutage, Instant since, LocalDateTime sinceLocal, Duration length) {

    /** The centre answers (or nothing is known). */
    public static final OutageStatus NONE = new OutageStatus(false, null, null, Duration.ZERO);

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** "09:12": the local time of {@code since}, for messages; empty when the centre answers. */
    public String sinceTime() {
        return sinceLocal == null ? "" : CLOCK_TIME.format(sinceLocal);
    }
}
