package id.loket.sync.agent.retry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    /** A random source that always answers the same fraction. */
    private static RandomGenerator always(double fraction) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return fraction;
            }
        };
    }

    @Test
    void theCeilingDoublesFromTwoSecondsToFiveMinutesAndStaysThere() {
        Backoff top = new Backoff(always(0.999_999_999));
        long[] expected = {2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long seconds : expected) {
            assertThat(top.next(null)).isEqualTo(Duration.ofSeconds(seconds));
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(top.next(null)).as("never gives up, never exceeds the cap").isEqualTo(Backoff.CAP);
        }
        Backoff bottom = new Backoff(always(0));
        assertThat(bottom.next(null)).isZero();
        assertThat(bottom.next(Duration.ofSeconds(30))).as("Retry-After is a floor").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void fullJitterStaysWithinTheBoundsAndAResetStartsAgain() {
        Backoff backoff = new Backoff(new SplittableRandom(42));
        for (int failure = 1; failure <= 40; failure++) {
            Duration wait = backoff.next(null);
            assertThat(wait).isBetween(Duration.ZERO, backoff.ceiling(failure));
        }
        assertThat(backoff.failures()).isEqualTo(40);
        backoff.reset();
        assertThat(backoff.next(null)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        Duration floor = Duration.ofMinutes(7);
        assertThat(backoff.next(floor)).isEqualTo(floor);
    }
}
