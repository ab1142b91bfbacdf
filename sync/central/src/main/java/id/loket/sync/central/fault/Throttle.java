package id.loket.sync.central.fault;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces bytes to a bit rate, like the serialisation delay of a slow link: each slice is released
 * when its transmission time on the link has passed, slices queue behind each other across all
 * connections of one direction. A token bucket one slice deep absorbs the pump's own scheduling
 * delays, so they do not add up to a lower rate. 0 bits per second means unthrottled.
 */
final class Throttle {

    /** Slices are at most this long on the wire, so pacing stays smooth. */
    private static final int SLICES_PER_SECOND = 50;

    private volatile long bitsPerSecond;
    private long linkFreeAtNanos;

    void rate(long bps) {
        if (bps < 0) {
            throw new IllegalArgumentException("the rate must not be negative");
        }
        synchronized (this) {
            linkFreeAtNanos = System.nanoTime();
        }
        this.bitsPerSecond = bps;
    }

    long rate() {
        return bitsPerSecond;
    }

    /** How many bytes to read at once: about 20 ms of the link, within [512, max]. */
    int sliceBytes(int max) {
        long bps = bitsPerSecond;
        if (bps <= 0) {
            return max;
        }
        return (int) Math.max(512, Math.min(max, bps / 8 / SLICES_PER_SECOND));
    }

    /** Blocks until {@code bytes} have "crossed the link". */
    void pass(int bytes) throws InterruptedException {
        long bps = bitsPerSecond;
        if (bps <= 0 || bytes <= 0) {
            return;
        }
        long cost = (long) (bytes * 8L * 1_000_000_000.0 / bps);
        long burst = 1_000_000_000L / SLICES_PER_SECOND;
        long doneAt;
        synchronized (this) {
            long start = Math.max(linkFreeAtNanos, System.nanoTime() - burst);
            doneAt = start + cost;
            linkFreeAtNanos = doneAt;
        }
        long wait;
        while ((wait = doneAt - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
