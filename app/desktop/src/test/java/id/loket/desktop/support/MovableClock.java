package id.loket.desktop.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves forward: the device, its agent and the centre all read it. */
public final class MovableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Starts where {@link TestCore#CLOCK} stands: 23 November 2026, 10:00 in Denpasar. */
    public static MovableClock atTestTime() {
        return new MovableClock(TestCore.CLOCK.instant(), TestCore.CLOCK.getZone());
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MovableClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
