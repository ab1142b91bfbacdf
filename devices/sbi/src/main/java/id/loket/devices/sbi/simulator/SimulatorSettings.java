package id.loket.devices.sbi.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The live, thread-safe knobs of a running simulator. A test holds this object and flips the mode
 * between calls; the separate process changes it through {@code POST /admin/mode}.
 *
 * <p>Low quality can be limited to the next N captures ({@code lowQualityCaptures} &gt; 0), after
 * which the device captures normally again, so a client's retry path can be exercised.
 */
public final class SimulatorSettings {
    private final long seed;
    private SimulatorMode mode = SimulatorMode.NORMAL;
    private int lowQualityRemaining;
    private Duration stall = Duration.ofSeconds(60);
    private Duration captureDelay = Duration.ofMillis(150);

    public SimulatorSettings(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public synchronized SimulatorMode mode() {
        return mode;
    }

    /** Switches mode; low quality applies to every capture until the mode changes. */
    public synchronized SimulatorSettings mode(SimulatorMode newMode) {
        this.mode = Objects.requireNonNull(newMode);
        this.lowQualityRemaining = 0;
        return this;
    }

    /** Low quality for the next {@code captures} captures only, then normal. */
    public synchronized SimulatorSettings lowQualityFor(int captures) {
        if (captures < 1) {
            throw new IllegalArgumentException("captures must be at least 1");
        }
        this.mode = SimulatorMode.LOW_QUALITY;
        this.lowQualityRemaining = captures;
        return this;
    }

    /** Low-quality captures still to come when limited, 0 when unlimited or not in low-quality mode. */
    public synchronized int lowQualityRemaining() {
        return lowQualityRemaining;
    }

    /**
     * The mode that applies to the capture starting now; counts down a limited low-quality run and
     * returns to {@link SimulatorMode#NORMAL} when it is used up.
     */
    synchronized SimulatorMode modeForNextCapture() {
        SimulatorMode current = mode;
        if (current == SimulatorMode.LOW_QUALITY && lowQualityRemaining > 0) {
            lowQualityRemaining--;
            if (lowQualityRemaining == 0) {
                mode = SimulatorMode.NORMAL;
            }
        }
        return current;
    }

    /** How long a capture stalls in {@link SimulatorMode#TIMEOUT} (default 60 s). */
    public synchronized Duration stall() {
        return stall;
    }

    public synchronized SimulatorSettings stall(Duration value) {
        this.stall = Objects.requireNonNull(value);
        return this;
    }

    /** Time a normal capture takes, like a finger settling on glass (default 150 ms). */
    public synchronized Duration captureDelay() {
        return captureDelay;
    }

    public synchronized SimulatorSettings captureDelay(Duration value) {
        this.captureDelay = Objects.requireNonNull(value);
        return this;
    }
}
