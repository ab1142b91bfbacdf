package id.loket.sync.agent;

import id.loket.sync.agent.retry.Sleeper;
import id.loket.sync.agent.retry.WakeableSleeper;
import id.loket.sync.agent.upload.BlobUploader;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * The agent's timing and its sources of time and chance, injected so tests are fast and
 * deterministic.
 *
 * @param idleInterval  how long to wait after a complete drain before pulling the status feed again
 *                      (new captures wake the agent sooner)
 * @param probeInterval mean wait between health probes while the centre is unreachable (jittered +-50 %)
 * @param probeTimeout  how long one health probe may take
 * @param clock         signed timestamps, attempt times
 * @param nanoTime      monotonic time for measuring the link
 * @param sleeper       how waits happen
 * @param random        jitter of the backoff and the probes
 * @param requests      requests a drain keeps on the wire at once (ADR 21): two for a headless
 *                      agent, one in the window, whose FX thread two would stall with G1 pauses
 */
public record SyncSettings(Duration idleInterval, Duration probeInterval, Duration probeTimeout, Clock clock,
                           LongSupplier nanoTime, Sleeper sleeper, RandomGenerator random, int requests) {

    public SyncSettings {
        Objects.requireNonNull(idleInterval, "idleInterval");
        Objects.requireNonNull(probeInterval, "probeInterval");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(nanoTime, "nanoTime");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        if (requests < 1) {
            throw new IllegalArgumentException("a drain sends at least one request at a time");
        }
    }

    /** Production, headless ({@code loket sync run}): poll every 60 s, probe about every 20 s, real time, two requests on the wire. */
    public static SyncSettings defaults(Clock clock) {
        return new SyncSettings(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(5), clock,
                System::nanoTime, new WakeableSleeper(), new SplittableRandom(), BlobUploader.DRAIN_REQUESTS);
    }

    /**
     * Production, in the window: as {@link #defaults} with one request on the wire. Two kept the
     * desktop's JVM busy enough that G1's young and mixed pauses (30-66 ms) stalled the FX thread
     * past 50 ms in half the runs; with one its longest stall stays under 50 ms (ADR 21).
     */
    public static SyncSettings desktop(Clock clock) {
        SyncSettings d = defaults(clock);
        return new SyncSettings(d.idleInterval(), d.probeInterval(), d.probeTimeout(), clock, d.nanoTime(), d.sleeper(),
                d.random(), 1);
    }

    /** {@code mean} jittered uniformly within +-50 %. */
    Duration jittered(Duration mean) {
        long millis = mean.toMillis();
        return Duration.ofMillis(millis / 2 + (long) (random.nextDouble() * millis));
    }
}
