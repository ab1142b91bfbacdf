package id.loket.bench.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples the FX thread's state and CPU time every 5 ms from a thread of its own, so that a long
 * gap between pulses can say what the FX thread was doing meanwhile: working (RUNNABLE and using
 * CPU), waiting for a core (RUNNABLE, little CPU), held by a lock (BLOCKED, WAITING on something
 * other than its event queue) or idle, with the pulse late elsewhere. While it is BLOCKED, the
 * sample also names the thread holding that monitor and its state (on Monocle the FX thread's
 * event queue is a monitor every {@code runLater} takes). Neither a stack walk nor a safepoint:
 * logging and JFR made the rare long gap disappear, so this asks as little as it can.
 */
final class FxWatch implements AutoCloseable {

    private static final long PERIOD_NANOS = 5_000_000;
    private static final int SIZE = 1 << 14;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Thread fx;
    private final long[] at = new long[SIZE];
    private final long[] cpu = new long[SIZE];
    private final Thread.State[] state = new Thread.State[SIZE];
    /** While the FX thread is BLOCKED: the thread that holds the monitor it waits for, and that thread's state. */
    private final String[] owner = new String[SIZE];
    private final Thread sampler;
    private volatile boolean running = true;
    private int count;

    FxWatch(Thread fx) {
        this.fx = fx;
        this.sampler = Thread.ofPlatform().name("loket-bench-fx-watch").daemon(true).unstarted(this::sample);
        sampler.setPriority(Thread.MAX_PRIORITY);
        sampler.start();
    }

    private void sample() {
        while (running) {
            int i = count % SIZE;
            at[i] = System.nanoTime();
            cpu[i] = threads.getThreadCpuTime(fx.threadId());
            state[i] = fx.getState();
            owner[i] = state[i] == Thread.State.BLOCKED ? owner() : null;
            count++;
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    /**
     * The holder of the monitor the FX thread is blocked on, with its state: {@code getThreadInfo}
     * without a stack needs no safepoint.
     */
    private String owner() {
        ThreadInfo info = threads.getThreadInfo(fx.threadId(), 0);
        if (info == null || info.getLockOwnerId() < 0) {
            return "?";
        }
        ThreadInfo holder = threads.getThreadInfo(info.getLockOwnerId(), 0);
        return info.getLockOwnerName() + (holder == null ? "" : " " + holder.getThreadState());
    }

    /** Stops sampling; {@link #during} may be asked afterwards. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }

    /**
     * What the samples from {@code from} to {@code to} (System.nanoTime) say: how many found the
     * FX thread in each state, and the CPU it used between the first and the last of them.
     */
    String during(long from, long to) {
        Map<Thread.State, Integer> states = new EnumMap<>(Thread.State.class);
        Map<String, Integer> owners = new TreeMap<>();
        long firstCpu = -1;
        long lastCpu = -1;
        for (int k = Math.max(0, count - SIZE); k < count; k++) {
            int i = k % SIZE;
            if (at[i] >= from && at[i] <= to) {
                states.merge(state[i], 1, Integer::sum);
                if (owner[i] != null) {
                    owners.merge(owner[i], 1, Integer::sum);
                }
                firstCpu = firstCpu < 0 ? cpu[i] : firstCpu;
                lastCpu = cpu[i];
            }
        }
        return String.format(java.util.Locale.ROOT, "FX thread %s, %.1f ms CPU%s", states,
                firstCpu < 0 ? Double.NaN : (lastCpu - firstCpu) / 1e6,
                owners.isEmpty() ? "" : ", blocked by " + owners);
    }
}
