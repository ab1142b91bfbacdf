package id.loket.desktop.outage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutageThresholdTest {

    @Test
    void minutesFromTheSystemPropertyElseAQuarterOfAnHour() {
        assertThat(OutageThreshold.from(Map.<String, String>of()::get)).isEqualTo(Duration.ofMinutes(15));
        assertThat(OutageThreshold.from(Map.of(OutageThreshold.PROPERTY, " 30 ")::get))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(OutageThreshold.from(Map.of(OutageThreshold.PROPERTY, "0")::get)).isEqualTo(Duration.ZERO);
        assertThat(OutageThreshold.from(Map.of(OutageThreshold.PROPERTY, "-5")::get))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(OutageThreshold.from(Map.of(OutageThreshold.PROPERTY, "setengah jam")::get))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theBannerSaysHowLongInMinutesHoursOrDays() {
        assertThat(OutageBannerViewModel.length(Duration.ofMinutes(48)).key()).isEqualTo("outage.length.minutes");
        assertThat(OutageBannerViewModel.length(Duration.ofMinutes(125)).args()).containsExactly(2L, 5L);
        assertThat(OutageBannerViewModel.length(Duration.ofHours(76)).args()).containsExactly(3L, 4);
    }
}
