package id.loket.core.outage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Decides whether the office is in an outage: the sync agent reports what it knows of the centre
 * ({@link #report}), and {@link #status()} says, at the clock's now, whether the centre has been
 * unreachable longer than the threshold. The time of the last contact comes from the store (the
 * sync ledger's last success), so a restart during an outage is still an outage. Thread-safe: the
 * agent reports on its thread, the UI and the services read on theirs.
 */
public final class OutageWatch {

    /** The default threshold: a quarter of an hour without the centre. */
    public static final Duration DEFAULT_THRESHOLD = Duration.ofMinutes(15);

    private final Clock clock;
    private volatile Duration threshold;
    private volatile CentreContact contact = CentreContact.UNKNOWN;
    private volatile Instant firstSeenUnreachable;

    public OutageWatch(Clock clock, Duration threshold) {
        this.clock = Objects.requireNonNull(clock, "clock");
        useThreshold(threshold);
    }

    /** How long the centre may be unreachable before it is an outage (the office's setting). */
    public void useThreshold(Duration value) {
        Objects.requireNonNull(value, "threshold");
        if (value.isNegative()) {
            throw new IllegalArgumentException("threshold must not be negative: " + value);
        }
        threshold = value;
    }

    /** A watch that nothing reports to: never an outage (tools and tests that do not sync). */
    public static OutageWatch never(Clock clock) {
        return new OutageWatch(clock, DEFAULT_THRESHOLD);
    }

    /** The agent's latest knowledge of the centre. */
    public void report(CentreContact latest) {
        Objects.requireNonNull(latest, "contact");
        synchronized (this) {
            if (latest.answering() || !latest.enrolled()) {
                firstSeenUnreachable = null;
            } else if (firstSeenUnreachable == null) {
                firstSeenUnreachable = clock.instant();
            }
            contact = latest;
        }
    }

    /** Whether the office is in an outage now. */
    public OutageStatus status() {
        CentreContact c;
        Instant firstSeen;
        synchronized (this) {
            c = contact;
            firstSeen = firstSeenUnreachable;
        }
        if (!c.enrolled() || c.answering()) {
            return OutageStatus.NONE;
        }
        Instant since = c.lastContact() != null ? c.lastContact() : firstSeen;
        Instant now = clock.instant();
        Duration length = since == null || since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
        return new OutageStatus(since != null && length.compareTo(threshold) > 0, since,
                since == null ? null : LocalDateTime.ofInstant(since, clock.getZone()), length);
    }

    public Duration threshold() {
        return threshold;
    }
}
