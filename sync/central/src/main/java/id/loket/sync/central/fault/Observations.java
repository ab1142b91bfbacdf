package id.loket.sync.central.fault;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What this server instance saw, for tests and benchmarks: requests per endpoint, when each
 * arrived, and the offset each PATCH started at per upload (a test proves with it that no upload
 * restarted from byte zero after a cut). Bounded; never holds bodies.
 */
public final class Observations {

    private static final int MAX_ARRIVALS = 10_000;
    private static final int MAX_UPLOADS = 10_000;

    /** One request's arrival; {@code monotonicNanos} is {@link System#nanoTime()} for exact gaps. */
    public record Arrival(String endpoint, Instant at, long monotonicNanos) {
    }

    /** A copy of everything observed. */
    public record Snapshot(Map<String, Long> requests, Map<String, List<Long>> patchOffsets, List<Arrival> arrivals) {

        public long requests(String endpoint) {
            return requests.getOrDefault(endpoint, 0L);
        }

        public List<Arrival> arrivals(String endpoint) {
            return arrivals.stream().filter(a -> a.endpoint().equals(endpoint)).toList();
        }
    }

    private final Map<String, Long> requests = new TreeMap<>();
    private final Map<String, List<Long>> patchOffsets = new LinkedHashMap<>();
    private final Deque<Arrival> arrivals = new ArrayDeque<>();

    synchronized void arrived(String endpoint) {
        requests.merge(endpoint, 1L, Long::sum);
        if (arrivals.size() == MAX_ARRIVALS) {
            arrivals.removeFirst();
        }
        arrivals.addLast(new Arrival(endpoint, Instant.now(), System.nanoTime()));
    }

    synchronized void patchStarted(String uploadId, long offset) {
        if (!patchOffsets.containsKey(uploadId) && patchOffsets.size() >= MAX_UPLOADS) {
            patchOffsets.remove(patchOffsets.keySet().iterator().next());
        }
        patchOffsets.computeIfAbsent(uploadId, id -> new ArrayList<>()).add(offset);
    }

    public synchronized Snapshot snapshot() {
        Map<String, List<Long>> offsets = new LinkedHashMap<>();
        patchOffsets.forEach((id, list) -> offsets.put(id, List.copyOf(list)));
        return new Snapshot(Map.copyOf(requests), offsets, List.copyOf(arrivals));
    }

    public synchronized void reset() {
        requests.clear();
        patchOffsets.clear();
        arrivals.clear();
    }
}
