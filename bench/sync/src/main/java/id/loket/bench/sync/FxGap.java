package id.loket.bench.sync;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A long gap between two FX pulses as a JFR event (start and duration on the recording's own
 * clock), so a recording of the FX-stall phase lines each long gap up with the GC pauses,
 * safepoints and FX-thread samples of the same moment. Costs nothing unless JFR records.
 */
@Name("id.loket.bench.FxGap")
@Label("FX pulse gap")
@Description("Time between two consecutive FX pulses, when longer than two frames")
@Category({"Loket", "Benchmark"})
@StackTrace(false)
final class FxGap extends Event {

    /** Shorter gaps (one or two frames) are normal and are not reported. */
    static final long THRESHOLD_NANOS = 25_000_000;

    @Label("Gap")
    @Timespan(Timespan.NANOSECONDS)
    long gap;

    /**
     * Loads and registers the event class off the FX thread: its first use otherwise registers it
     * with JFR on the FX thread, a gap of its own (150 ms in the first recording).
     */
    static void warmUp() {
        new FxGap().isEnabled();
    }

    /** Reports the gap between pulses at {@code from} and {@code to} (System.nanoTime) if it is long. */
    static void report(long from, long to) {
        long gap = to - from;
        if (gap < THRESHOLD_NANOS) {
            return;
        }
        FxGap event = new FxGap();
        if (event.isEnabled()) {
            // the event's start is taken now; the gap is reported as a field (the pulse before it
            // lies gap ns earlier on the same clock)
            event.gap = gap;
            event.commit();
        }
    }
}
