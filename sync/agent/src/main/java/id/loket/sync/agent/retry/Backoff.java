package id.loket.sync.agent.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter (docs/sync-protocol.md, "Retries"): after the n-th failure
 * in a row wait a uniformly random time in [0, min(cap, base x 2^(n-1))]; base 2 s, cap 5 min;
 * never gives up. A {@code Retry-After} from the centre is a floor. The random source is injected,
 * so tests are deterministic. Not thread-safe: the agent's loop owns it.
 */
public final class Backoff {

    public static final Duration BASE = Duration.ofSeconds(2);
    public static final Duration CAP = Duration.ofMinutes(5);

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    public Backoff(RandomGenerator random) {
        this(BASE, CAP, random);
    }

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap");
        }
    }

    /**
     * Counts a failure and returns how long to wait before the next attempt.
     *
     * @param retryAfter the centre's {@code Retry-After}, or null
     */
    public Duration next(Duration retryAfter) {
        failures = failures == Integer.MAX_VALUE ? failures : failures + 1;
        long ceiling = ceiling(failures).toMillis();
        long wait = Math.min(ceiling, (long) Math.floor(random.nextDouble() * (ceiling + 1)));
        Duration jittered = Duration.ofMillis(wait);
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }

    /** The upper bound of the wait after {@code failuresInARow} failures: min(cap, base x 2^(n-1)). */
    public Duration ceiling(int failuresInARow) {
        int doublings = Math.min(Math.max(failuresInARow - 1, 0), 30);
        Duration grown = base.multipliedBy(1L << doublings);
        return grown.compareTo(cap) > 0 ? cap : grown;
    }

    /** A success: the next failure starts again at {@code base}. */
    public void reset() {
        failures = 0;
    }

    /** Failures in a row so far. */
    public int failures() {
        return failures;
    }
}
