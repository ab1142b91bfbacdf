package id.loket.desktop;

import java.time.Duration;
import java.time.Instant;

/** How long ago the JVM process started, for the start-up lines in the log (issue 7: start under 2 s). */
final class StartupClock {

    private StartupClock() {
    }

    /** Milliseconds since the OS started this process, or -1 where the OS does not say. */
    static long millisSinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }
}
