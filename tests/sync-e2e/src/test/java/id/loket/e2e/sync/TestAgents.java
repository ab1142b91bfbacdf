package id.loket.e2e.sync;

import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncSettings;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.retry.WakeableSleeper;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The production agent with test timing: real time and the real {@link WakeableSleeper} (so a
 * {@code Retry-After} is honoured or not in real time, as the centre sees it), short poll and
 * probe intervals, short HTTP timeouts, and a backoff jitter fixed at a twentieth of its ceiling
 * (0.1 s, 0.2 s, 0.4 s, ...) instead of a random draw, so the suite is fast and repeatable.
 */
final class TestAgents {

    /** Read and write timeouts of the throttled tests: a 230 KB chunk takes 2.3 s at 0.8 Mbit/s. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Fast enough that each chunk of the larger images has a few hundred milliseconds in flight. */
    static final long SLOW_LINK_BITS_PER_SECOND = 800_000;

    private TestAgents() {
    }

    static OkHttpClient http(Duration timeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .build();
    }

    static OkHttpClient http() {
        return http(TIMEOUT);
    }

    static SyncSettings settings() {
        return new SyncSettings(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(1), Clock.systemUTC(),
                System::nanoTime, new WakeableSleeper(), new FixedJitter(0.05), 2);
    }

    static SyncAgent agent(DeviceLedger ledger, OkHttpClient http) {
        return new SyncAgent(ledger, http, settings());
    }

    static void shutdown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** A "random" source that always draws the same fraction. */
    private record FixedJitter(double fraction) implements RandomGenerator {

        @Override
        public double nextDouble() {
            return fraction;
        }

        @Override
        public long nextLong() {
            return (long) (fraction * Long.MAX_VALUE);
        }
    }
}
