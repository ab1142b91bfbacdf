package id.loket.sync.agent.retry;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WakeableSleeperTest {

    @Test
    void aWakeEndsAWakeableWaitButNotABackoffWhichKeepsItForLater() throws InterruptedException {
        WakeableSleeper sleeper = new WakeableSleeper();
        Thread waker = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sleeper.wake();
        });
        long started = System.nanoTime();
        sleeper.sleep(Duration.ofSeconds(30), true);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        waker.join();

        sleeper.wake();
        started = System.nanoTime();
        sleeper.sleep(Duration.ofMillis(200), false);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        assertThat(sleeper.wakePending()).isTrue();
        sleeper.sleep(Duration.ofSeconds(30), true);
        assertThat(sleeper.wakePending()).isFalse();
    }
}
