package id.loket.bench.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Flushes the machine's dirty pages to disk ({@code sync(1)}) before a timed phase, so that no
 * phase pays for the write-back of the one before it: the backlog's copy before the drain, the
 * drain's segments before the kept upload. Without it each phase shared the disk with the last
 * one's 634 MB, and the kept upload's time moved from 1.8 to 2.6 s with it (ADR 23).
 */
final class Settle {

    private static final Optional<Path> SYNC = CentreProcess.onPath("sync");

    private Settle() {
    }

    /** Runs {@code sync}; returns the seconds it took, or NaN where there is no such command. */
    static double disk() throws IOException, InterruptedException {
        if (SYNC.isEmpty()) {
            return Double.NaN;
        }
        long started = System.nanoTime();
        int exit = new ProcessBuilder(SYNC.get().toString()).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException("sync ended with exit " + exit);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
