package id.loket.sync.agent;

import id.loket.sync.agent.retry.Sleeper;
import id.loket.sync.agent.retry.WakeableSleeper;

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
 */
public record SyncSettings(Duration idleInterval, Duration probeInterval, Duration probeTimeout, Clock clock,
                           LongSupplier nanoTime, Sleeper sleeper, RandomGenerator random) {

    public SyncSettings {
        Objects.requireNonNull(idleInterval, "idleInterval");
        Objects.requireNonNull(probeInterval, "probeInterval");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(nanoTime, "nanoTime");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
    }

    /** Production: poll every 60 s, probe about every 20 s, real time. */
    public static SyncSettings defaults(Clock clock) {
        return new SyncSettings(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(5), clock,
                System::nanoTime, new WakeableSleeper(), new SplittableRandom());
    }

    /** {@code mean} jittered uniformly within +-50 %. */
    Duration jittered(Duration mean) {
        long millis = mean.toMillis();
        return Duration.ofMillis(millis / 2 + (long) (random.nextDouble() * millis));
    }
}
