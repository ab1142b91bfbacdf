package id.loket.sync.agent.upload;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkSizerTest {

    @Test
    void followsTheMeasuredLinkBetween64KiBAnd4MiBAndHalvesAfterACut() {
        ChunkSizer sizer = new ChunkSizer();
        LinkMeter meter = new LinkMeter();
        assertThat(sizer.next()).isEqualTo(ChunkSizer.INITIAL);
        assertThat(meter.eta(1000)).isNull();

        meter.record(8_000, Duration.ofSeconds(1));
        sizer.succeeded(meter);
        assertThat(sizer.next()).as("8 kB/s: the floor").isEqualTo(ChunkSizer.MIN);

        LinkMeter fast = new LinkMeter();
        fast.record(50_000_000, Duration.ofSeconds(1));
        sizer.succeeded(fast);
        assertThat(sizer.next()).isEqualTo(ChunkSizer.MAX);
        sizer.failed();
        assertThat(sizer.next()).isEqualTo(ChunkSizer.MAX / 2);

        LinkMeter middle = new LinkMeter();
        middle.record(200_000, Duration.ofSeconds(1));
        sizer.succeeded(middle);
        assertThat(sizer.next()).isEqualTo(400_000);
        assertThat(middle.eta(1_000_000)).isEqualTo(Duration.ofSeconds(5));
        middle.record(100_000, Duration.ofSeconds(1));
        assertThat(middle.bytesPerSecond()).as("moving average").isEqualTo(170_000, org.assertj.core.data.Offset.offset(1.0));
    }
}
