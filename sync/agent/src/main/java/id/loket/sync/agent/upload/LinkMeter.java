package id.loket.sync.agent.upload;

import java.time.Duration;

/**
 * The link's measured speed: an exponentially weighted moving average of the upload throughput
 * (recent chunks count most), shown as "link speed" and used for the ETA and the chunk size.
 */
public final class LinkMeter {

    private static final double WEIGHT = 0.3;

    private double bytesPerSecond;

    /** Adds one measurement: {@code bytes} went through in {@code elapsed}. */
    public synchronized void record(long bytes, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos(), 1_000_000L) / 1e9;
        double sample = bytes / seconds;
        bytesPerSecond = bytesPerSecond == 0 ? sample : WEIGHT * sample + (1 - WEIGHT) * bytesPerSecond;
    }

    /** Bytes per second, 0 before the first measurement. */
    public synchronized double bytesPerSecond() {
        return bytesPerSecond;
    }

    /** How long {@code bytes} take at the measured speed; null while the speed is unknown. */
    public synchronized Duration eta(long bytes) {
        if (bytesPerSecond <= 0) {
            return null;
        }
        return Duration.ofMillis((long) Math.ceil(bytes * 1000 / bytesPerSecond));
    }
}
