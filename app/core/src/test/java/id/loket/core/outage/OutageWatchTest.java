package id.loket.core.outage;

import id.loket.core.MutableClock;
import id.loket.core.application.ServiceLevel;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class OutageWatchTest {

    private static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 WITA
    private final MutableClock clock = new MutableClock(NINE, ZoneId.of("Asia/Makassar"));
    private final OutageWatch watch = new OutageWatch(clock, Duration.ofMinutes(15));

    @Test
    void anOutageBeginsOnlyAfterTheThresholdSinceTheLastContactAndEndsWhenTheCentreAnswers() {
        assertThat(watch.status()).as("nothing reported yet").isEqualTo(OutageStatus.NONE);
        watch.report(new CentreContact(true, false, NINE));
        clock.advance(Duration.ofMinutes(15));
        assertThat(watch.status().inOutage()).as("exactly the threshold is not yet longer").isFalse();
        clock.advance(Duration.ofMinutes(1));
        OutageStatus out = watch.status();
        assertThat(out.inOutage()).isTrue();
        assertThat(out.since()).isEqualTo(NINE);
        assertThat(out.sinceTime()).isEqualTo("09:00");
        assertThat(out.length()).isEqualTo(Duration.ofMinutes(16));

        watch.report(new CentreContact(true, true, clock.instant()));
        assertThat(watch.status()).isEqualTo(OutageStatus.NONE);
    }

    @Test
    void aRestartDuringAnOutageCountsFromTheStoredLastContact() {
        watch.report(new CentreContact(true, false, NINE.minus(Duration.ofHours(3))));
        assertThat(watch.status().inOutage()).isTrue();
        assertThat(watch.status().length()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aDeviceThatNeverReachedTheCentreCountsFromWhenItFirstFoundItUnreachable() {
        watch.report(new CentreContact(true, false, null));
        clock.advance(Duration.ofMinutes(10));
        watch.report(new CentreContact(true, false, null));
        clock.advance(Duration.ofMinutes(6));
        assertThat(watch.status().inOutage()).isTrue();
        assertThat(watch.status().since()).isEqualTo(NINE);
    }

    @Test
    void aDeviceNotEnrolledWithACentreIsNeverInAnOutage() {
        watch.report(new CentreContact(false, false, null));
        clock.advance(Duration.ofDays(3));
        assertThat(watch.status().inOutage()).isFalse();
    }

    @Test
    void theThresholdIsTheOfficesSetting() {
        watch.report(new CentreContact(true, false, NINE));
        clock.advance(Duration.ofMinutes(20));
        assertThat(watch.status().inOutage()).isTrue();
        watch.useThreshold(Duration.ofMinutes(30));
        assertThat(watch.status().inOutage()).isFalse();
    }

    @Test
    void expressIsRefusedWithTheReasonOnlyDuringAnOutage() {
        assertThat(ExpressRule.refusal(ServiceLevel.EXPRESS, watch.status())).isEmpty();
        watch.report(new CentreContact(true, false, NINE));
        clock.advance(Duration.ofMinutes(40));
        assertThat(ExpressRule.refusal(ServiceLevel.REGULAR, watch.status())).isEmpty();
        assertThat(ExpressRule.refusal(ServiceLevel.EXPRESS, watch.status())).hasValueSatisfying(m -> {
            assertThat(Messages.ENGLISH.render(m)).isEqualTo("Same-day express service cannot be chosen while the "
                    + "centre is unreachable (since 23 November 2026 at 09:00): central approval and passport "
                    + "printing are not available. Choose regular service.");
            assertThat(new Messages(java.util.Locale.of("id")).render(m)).startsWith("Layanan percepatan")
                    .contains("sejak 23 November 2026 pukul 09:00");
        });
    }
}
