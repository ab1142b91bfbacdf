package id.loket.bench.sync;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A timed phase of the benchmark (a drain, a baseline upload) as a JDK Flight Recorder event, so a
 * recording taken with {@code -XX:StartFlightRecording} can be cut to the measured windows (what
 * the JIT compiled, which threads ran, during one drain). Costs nothing without a recording.
 */
@Name("loket.bench.Phase")
@Label("Benchmark phase")
@Category("Loket")
@Description("One timed phase of the sync benchmark")
final class Phase extends Event {

    @Label("Phase")
    String name;

    @Label("Measured")
    boolean measured;

    /** Starts a phase; {@link #commit()} ends and records it. */
    static Phase start(String name, boolean measured) {
        Phase phase = new Phase();
        phase.name = name;
        phase.measured = measured;
        phase.begin();
        return phase;
    }
}
