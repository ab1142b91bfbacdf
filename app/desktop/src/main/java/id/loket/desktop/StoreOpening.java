package id.loket.desktop;

import id.loket.core.CoreServices;
import id.loket.desktop.demo.DemoMode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The encrypted store, opened on a thread of its own from the first moment of start-up: key file,
 * H2 and the migration check then run while JavaFX starts its toolkit on the other core, instead
 * of after it. {@link #await()} hands over the open store, or rethrows what opening it threw.
 * This class logs nothing itself: the first log line initialises logback, which is better done on
 * the opening thread than before it starts.
 */
final class StoreOpening {

    /** The opening {@link Main} began for the window, until the application takes it. */
    private static volatile StoreOpening early;

    private final CompletableFuture<CoreServices> opened = new CompletableFuture<>();
    private final Path dataDir;

    private StoreOpening(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts opening the store in {@code dataDir} and returns at once. */
    static StoreOpening begin(Path dataDir, Clock clock) {
        StoreOpening opening = new StoreOpening(dataDir);
        Thread thread = new Thread(() -> {
            try {
                opening.opened.complete(CoreServices.open(dataDir, clock));
            } catch (Throwable t) {
                opening.opened.completeExceptionally(t);
            }
        }, "loket-store-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /**
     * Begins opening the window's store (the OS user's data directory, or its {@code demo}
     * subdirectory in demo mode), for {@link #takeEarly()} to find.
     */
    static void beginEarly() {
        early = begin(windowDataDir(), Clock.systemDefaultZone());
    }

    /** The opening {@link #beginEarly()} started, or a new one when none was (a launch not through Main). */
    static StoreOpening takeEarly(Clock clock) {
        StoreOpening opening = early;
        early = null;
        return opening != null ? opening : begin(windowDataDir(), clock);
    }

    private static Path windowDataDir() {
        Path base = DataDirectory.resolve();
        return DemoMode.enabled(System::getProperty) ? DemoMode.dataDir(base) : base;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Waits for the store; an error opening it is rethrown as it was thrown. */
    CoreServices await() {
        try {
            return opened.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the store was opening", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
