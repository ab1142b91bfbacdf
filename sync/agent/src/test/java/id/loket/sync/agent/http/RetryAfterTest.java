package id.loket.sync.agent.http;

import id.loket.sync.agent.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T02:00:00Z"));

    @Test
    void readsSecondsAndHttpDatesAndCapsHostileValues() {
        assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 02:01:30 GMT", clock)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 01:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("999999999999", clock)).isEqualTo(RetryAfter.MAX);
        assertThat(RetryAfter.parse("86400", clock)).isEqualTo(RetryAfter.MAX);
        assertThat(RetryAfter.parse("soon", clock)).isNull();
        assertThat(RetryAfter.parse(null, clock)).isNull();
    }
}
