package id.loket.sync.agent.upload;

/**
 * Chunk size tuned to the link: about {@link #TARGET_SECONDS} of transfer at the measured speed,
 * between 64 KiB (a slow, lossy link loses little per cut) and 8 MiB (a fast link pays few round
 * trips; the most the centre takes in one chunk and in one pack's blobs); halved after a cut. The
 * cap was 4 MiB until 5 December 2026: on loopback, 8 MiB packs drained the benchmark's backlog in
 * 3.7-4.2 s instead of 4.6-4.9 s (docs/benchmarks.md, "Fifth run"); a link that fast loses 8 MiB
 * to a cut in a few tens of milliseconds.
 */
public final class ChunkSizer {

    public static final int MIN = 64 * 1024;
    public static final int MAX = 8 * 1024 * 1024;
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
