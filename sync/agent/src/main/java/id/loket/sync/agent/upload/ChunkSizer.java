package id.loket.sync.agent.upload;

/**
 * Chunk size tuned to the link: about {@link #TARGET_SECONDS} of transfer at the measured speed,
 * between 64 KiB (a slow, lossy link loses little per cut) and 4 MiB (a fast link pays few round
 * trips); halved after a cut.
 */
public final class ChunkSizer {

    public static final int MIN = 64 * 1024;
    public static final int MAX = 4 * 1024 * 1024;
    public static final int INITIAL = 256 * 1024;
    static final double TARGET_SECONDS = 2.0;

    private volatile int current = INITIAL;

    /** The size of the next chunk. */
    public int next() {
        return current;
    }

    /** A chunk went through: follow the measured speed. */
    public void succeeded(LinkMeter meter) {
        double speed = meter.bytesPerSecond();
        if (speed > 0) {
            current = clamp((long) (speed * TARGET_SECONDS));
        }
    }

    /** A chunk was cut: try a smaller one next. */
    public void failed() {
        current = clamp(current / 2L);
    }

    private static int clamp(long size) {
        return (int) Math.max(MIN, Math.min(MAX, size));
    }
}
