package id.loket.bench.sync;

import id.loket.desktop.DataDirectory;
import id.loket.desktop.LoketApplication;
import id.loket.desktop.Main;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Window;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The desktop app itself ({@link LoketApplication}: its store, its agent wired as it always is,
 * the window with the status bar's sync corner following the agent) on a device store with the
 * backlog, in this JVM; headless on Monocle unless the glass platform is set. An
 * {@link AnimationTimer} keeps the FX thread pulsing (60 per second) and records the time between
 * consecutive pulses: anything that holds the FX thread (a listener, a layout, a blocking call)
 * shows as a longer gap. Recording starts a second after the window is shown (so start-up is not
 * counted) and ends when the centre holds every record.
 */
final class DesktopStall {

    /** Gaps between FX pulses while the backlog drained, in nanoseconds, sorted. */
    /**
     * A long gap: its length and when it ended, in milliseconds of JVM uptime (the clock of
     * {@code -Xlog:gc*:...:uptime}, so a GC log lines up with it).
     */
    record LongGap(double millis, double endUptimeMillis, String fxThread) {
    }

    /**
     * Gaps between FX pulses while the backlog drained, in nanoseconds, sorted; the long ones in
     * order; the recording's start and end in JVM uptime.
     */
    record Gaps(long[] sortedNanos, Duration measured, Duration drain, List<LongGap> longGaps,
                double fromUptimeMillis, double toUptimeMillis) {
        double maxMillis() {
            return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
        }

        long over(double millis) {
            return Arrays.stream(sortedNanos).filter(g -> g > millis * 1e6).count();
        }
    }

    private DesktopStall() {
    }

    /**
     * Runs the desktop on {@code home} (already enrolled with the centre) until {@code drained}
     * says the centre holds every record; then closes it as a window close does.
     */
    static Gaps measure(Path home, LongSupplier centreRecords, long expected, Duration limit) throws Exception {
        headlessUnlessSet();
        System.setProperty(DataDirectory.PROPERTY, home.toAbsolutePath().toString());
        System.setProperty(Main.LOG_DIR_PROPERTY, home.resolve("logs").toAbsolutePath().toString());
        long launched = System.nanoTime();
        Thread app = new Thread(() -> Application.launch(LoketApplication.class), "loket-desktop-launcher");
        app.setDaemon(true);
        app.start();

        awaitWindow(limit);
        Thread.sleep(1_000);
        FxGap.warmUp();
        Recorder recorder = new Recorder();
        CompletableFuture<Thread> started = new CompletableFuture<>();
        Platform.runLater(() -> {
            recorder.start();
            started.complete(Thread.currentThread());
        });
        FxWatch watch = new FxWatch(started.get(10, TimeUnit.SECONDS));
        long from = System.nanoTime();
        double fromUptime = uptimeMillis(from);
        long deadline = from + limit.toNanos();
        while (centreRecords.getAsLong() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the desktop did not drain " + expected + " records in " + limit);
            }
            Thread.sleep(100);
        }
        long drained = System.nanoTime();
        double toUptime = uptimeMillis(drained);
        CompletableFuture<long[]> gaps = new CompletableFuture<>();
        CompletableFuture<List<Pending>> longGaps = new CompletableFuture<>();
        Platform.runLater(() -> {
            recorder.stop();
            gaps.complete(recorder.gaps());
            longGaps.complete(recorder.longGaps());
        });
        long[] sorted = gaps.get(10, TimeUnit.SECONDS);
        Arrays.sort(sorted);
        watch.close();
        Platform.exit();
        app.join(Duration.ofSeconds(30));
        return new Gaps(sorted, Duration.ofNanos(drained - from), Duration.ofNanos(drained - launched),
                longGaps.get(10, TimeUnit.SECONDS).stream().map(g -> g.described(watch)).toList(), fromUptime, toUptime);
    }

    /** A System.nanoTime instant as milliseconds of JVM uptime. */
    static double uptimeMillis(long nanoTime) {
        long now = System.nanoTime();
        return ManagementFactory.getRuntimeMXBean().getUptime() - (now - nanoTime) / 1e6;
    }

    private static void headlessUnlessSet() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Waits until the toolkit runs and the app's window is showing. */
    private static void awaitWindow(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> showing = new CompletableFuture<>();
            try {
                Platform.runLater(() -> showing.complete(Window.getWindows().stream().anyMatch(Window::isShowing)));
                if (showing.get(10, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // the toolkit is not initialised yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the desktop window did not show within " + limit);
    }

    /** Pulse-to-pulse gaps, kept on the FX thread. */
    private static final class Recorder extends AnimationTimer {
        /** Gaps from this long on are also kept with their end, to line up with a GC log. */
        private static final long LONG_NANOS = 40_000_000;

        private long[] gaps = new long[1 << 16];
        private int count;
        private final List<Pending> longGaps = new ArrayList<>();
        private long last = -1;

        @Override
        public void handle(long pulse) {
            long now = System.nanoTime();
            if (last >= 0) {
                if (count == gaps.length) {
                    gaps = Arrays.copyOf(gaps, count * 2);
                }
                gaps[count++] = now - last;
                if (now - last >= LONG_NANOS) {
                    longGaps.add(new Pending(last, now));
                }
                FxGap.report(last, now);
            }
            last = now;
        }

        long[] gaps() {
            return Arrays.copyOf(gaps, count);
        }

        List<Pending> longGaps() {
            return List.copyOf(longGaps);
        }
    }

    /** A long gap from the pulse before it to the pulse that ended it (System.nanoTime). */
    private record Pending(long from, long to) {
        LongGap described(FxWatch watch) {
            return new LongGap((to - from) / 1e6, uptimeMillis(to), watch.during(from, to));
        }
    }
}
