package id.loket.sync.agent.support;

import id.loket.sync.agent.http.Gate;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the device's client did, seen from the device: when each request left and when its answer
 * came in, with its status. "No request after a 503 until Retry-After" binds the client from the
 * moment the answer reaches it (ADR 21: a request already on its way may still end), so it is
 * checked here, not from the arrivals at the centre. A request the drain's {@link Gate} held back
 * never left, and is not logged.
 */
public final class RequestLog {

    /** One request: {@code answeredNanos} is -1 and {@code status} 0 when it was never answered. */
    public record Entry(String request, long startedNanos, long answeredNanos, int status) {
    }

    private final List<Entry> started = new CopyOnWriteArrayList<>();
    private final List<Entry> answered = new CopyOnWriteArrayList<>();

    /** {@code client} with this log watching every request it sends (outside the agent's own gate). */
    public OkHttpClient on(OkHttpClient client) {
        return client.newBuilder().addNetworkInterceptor(chain -> {
            String request = chain.request().method() + " " + chain.request().url().encodedPath();
            Entry entry = new Entry(request, System.nanoTime(), -1, 0);
            started.add(entry);
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (Gate.HaltedException heldBack) {
                started.remove(entry);
                throw heldBack;
            }
            answered.add(new Entry(request, entry.startedNanos(), System.nanoTime(), response.code()));
            return response;
        }).build();
    }

    /** The first request answered with {@code status}, by the time its answer came in. */
    public Entry firstAnswered(int status) {
        return firstAnswered(status, "");
    }

    /** The first request starting with {@code methodAndPath} ("POST /v1/batches") answered with {@code status}. */
    public Entry firstAnswered(int status, String methodAndPath) {
        return answered.stream().filter(e -> e.status() == status && e.request().startsWith(methodAndPath))
                .min(Comparator.comparingLong(Entry::answeredNanos))
                .orElseThrow(() -> new AssertionError("no request " + (methodAndPath.isEmpty() ? "" : "to "
                        + methodAndPath + " ") + "was answered " + status + ": " + answered));
    }

    /** The answered {@code request}s ("POST /v1/batches"), in the order they left. */
    public List<Entry> answered(String request) {
        return answered.stream().filter(e -> e.request().equals(request))
                .sorted(Comparator.comparingLong(Entry::startedNanos)).toList();
    }

    /** How many {@code request}s ("POST /v1/blob-packs") left so far. */
    public long started(String request) {
        return started.stream().filter(e -> e.request().equals(request)).count();
    }

    /** The requests that left after {@code nanos} (System.nanoTime). */
    public List<Entry> startedAfter(long nanos) {
        return started.stream().filter(e -> e.startedNanos() > nanos).toList();
    }
}
