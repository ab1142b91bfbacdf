package id.loket.bench.store;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Latencies of one timed operation, in nanoseconds, one per measured application. */
final class Latencies {

    private final String name;
    private long[] values;
    private int size;

    Latencies(String name, int capacity) {
        this.name = name;
        this.values = new long[Math.max(1, capacity)];
    }

    String name() {
        return name;
    }

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** Summary in milliseconds: p50, p90, p99, p99.9 (nearest rank), max, mean, count. */
    Map<String, Object> summary() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", size);
        m.put("p50_ms", ms(rank(sorted, 0.50)));
        m.put("p90_ms", ms(rank(sorted, 0.90)));
        m.put("p99_ms", ms(rank(sorted, 0.99)));
        m.put("p99_9_ms", ms(rank(sorted, 0.999)));
        m.put("max_ms", ms(size == 0 ? 0 : sorted[size - 1]));
        m.put("mean_ms", ms(size == 0 ? 0 : (long) Arrays.stream(sorted).average().orElse(0)));
        return m;
    }

    /** One line for the console. */
    String line() {
        Map<String, Object> s = summary();
        return String.format(Locale.ROOT, "%-34s n=%-6d p50 %8.2f  p90 %8.2f  p99 %8.2f  p99.9 %8.2f  max %8.2f  mean %8.2f ms",
                name, size, s.get("p50_ms"), s.get("p90_ms"), s.get("p99_ms"), s.get("p99_9_ms"), s.get("max_ms"),
                s.get("mean_ms"));
    }

    /** The nearest-rank percentile: the smallest value with at least {@code q} of all values at or below it. */
    static long rank(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
