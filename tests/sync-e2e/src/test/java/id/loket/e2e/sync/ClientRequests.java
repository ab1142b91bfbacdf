package id.loket.e2e.sync;

import id.loket.sync.agent.http.Gate;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The agent's requests as its own client saw them: when each left and when its answer came in.
 * Retry-After binds the client from the moment the 503 reaches it (ADR 21: a request already on its
 * way then may still arrive), so the proof that it was honoured reads the client's times. A request
 * the drain's {@link Gate} held back never left, and is not logged.
 */
final class ClientRequests {

    /** A request answered with {@code status} at {@code answeredNanos} (System.nanoTime). */
    record Answer(String request, long answeredNanos, int status) {
    }

    /** A request that left at {@code startedNanos}. */
    record Start(String request, long startedNanos) {
    }

    private final List<Start> starts = new CopyOnWriteArrayList<>();
    private final List<Answer> answers = new CopyOnWriteArrayList<>();

    /** {@code client} with every request it sends logged here (outside the agent's own gate). */
    OkHttpClient on(OkHttpClient client) {
        return client.newBuilder().addNetworkInterceptor(chain -> {
            String request = chain.request().method() + " " + chain.request().url().encodedPath();
            Start start = new Start(request, System.nanoTime());
            starts.add(start);
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (Gate.HaltedException heldBack) {
                starts.remove(start);
                throw heldBack;
            }
            answers.add(new Answer(request, System.nanoTime(), response.code()));
            return response;
        }).build();
    }

    /** The first answer of {@code status} to a request that starts with {@code methodAndPath}. */
    Answer firstAnswer(int status, String methodAndPath) {
        return answers.stream().filter(a -> a.status() == status && a.request().startsWith(methodAndPath))
                .min(Comparator.comparingLong(Answer::answeredNanos))
                .orElseThrow(() -> new AssertionError("no " + methodAndPath + " was answered " + status));
    }

    /** The first request that left after {@code nanos}. */
    Optional<Start> firstStartAfter(long nanos) {
        return starts.stream().filter(s -> s.startedNanos() > nanos).min(Comparator.comparingLong(Start::startedNanos));
    }
}
