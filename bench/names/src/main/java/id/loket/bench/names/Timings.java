package id.loket.bench.names;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** Latencies, found-the-target counts and allocated bytes of one search method over a query set. */
final class Timings {

    private final String name;
    private final long[] nanos;
    private final long[] allocated;
    private final String[] queries;
    private int size;
    private int found;
    private long candidates;

    String name() {
        return name;
    }

    Timings(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
        this.allocated = new long[capacity];
        this.queries = new String[capacity];
    }

    /** Allocated bytes of this thread so far (HotSpot), or -1. */
    static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            return t.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    void add(String query, long elapsedNanos, long allocatedBytes, boolean foundTarget, int results) {
        queries[size] = query;
        nanos[size] = elapsedNanos;
        allocated[size] = allocatedBytes;
        size++;
        if (foundTarget) {
            found++;
        }
        candidates += results;
    }

    double percentileMs(double q) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = Math.clamp((int) Math.ceil(q * size) - 1, 0, Math.max(0, size - 1));
        return size == 0 ? 0 : round(sorted[index] / 1e6);
    }

    /** A query and how long it took. */
    record Slow(String query, double ms) {
    }

    /** The {@code n} slowest queries, slowest first. */
    List<Slow> slowest(int n) {
        return IntStream.range(0, size).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> nanos[i]).reversed())
                .limit(n).map(i -> new Slow(queries[i], round(nanos[i] / 1e6))).toList();
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queries", size);
        m.put("p50_ms", percentileMs(0.50));
        m.put("p95_ms", percentileMs(0.95));
        m.put("p99_ms", percentileMs(0.99));
        m.put("max_ms", percentileMs(1.0));
        m.put("mean_ms", size == 0 ? 0 : round(Arrays.stream(nanos, 0, size).average().orElse(0) / 1e6));
        m.put("found_target", size == 0 ? 0 : round((double) found / size));
        m.put("mean_results", size == 0 ? 0 : round((double) candidates / size));
        long[] sortedAlloc = Arrays.copyOf(allocated, size);
        Arrays.sort(sortedAlloc);
        m.put("allocated_kb_p50", size == 0 ? 0 : round(sortedAlloc[size / 2] / 1024.0));
        return m;
    }

    String line() {
        Map<String, Object> s = summary();
        return String.format(Locale.ROOT, "%-30s n=%-5d p50 %8.2f  p95 %8.2f  p99 %8.2f  max %8.2f ms  "
                        + "found %5.1f%%  results %6.1f  alloc %8.1f KB", name, size, s.get("p50_ms"), s.get("p95_ms"),
                s.get("p99_ms"), s.get("max_ms"), 100 * (double) s.get("found_target"), s.get("mean_results"),
                s.get("allocated_kb_p50"));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
