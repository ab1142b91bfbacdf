package id.loket.sync.agent.http;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * Closes a drain's way to the centre the moment one of its requests is answered "not now" (429,
 * any 5xx: Retry-After and backoff apply): from then on no other request of that drain leaves,
 * even one whose thread had not heard of it yet (ADR 21: a drain has two requests on the wire;
 * only the other one already on its way may still end). A failure on the link does not close it:
 * the HTTP client may still retry that request on a fresh connection, and there is no Retry-After
 * to honour; the lane stops after the task that failed. Nor does a 503 with {@code Retry-After: 0},
 * which asks for the retry the HTTP client then makes at once.
 *
 * <p>It works as the innermost network interceptor of the device's client ({@link #INTERCEPTOR}),
 * for requests made inside {@link #call}: the check before a request leaves and the close after
 * an answer arrives hold the same lock, so a request either left before the answer was seen or
 * does not leave at all ({@link HaltedException}).
 */
public final class Gate {

    /** The interceptor, added last to the device's client so it is the one nearest the wire. */
    public static final Interceptor INTERCEPTOR = Gate::intercept;

    private static final ThreadLocal<Gate> CURRENT = new ThreadLocal<>();

    private String closedBy;

    /**
     * A request held back because another request of the same drain was answered "not now" first.
     * An {@link java.io.InterruptedIOException}, so the HTTP client does not retry it.
     */
    public static final class HaltedException extends java.io.InterruptedIOException {
        HaltedException(String closedBy) {
            super("not sent: the drain stopped after " + closedBy);
        }
    }

    /** Runs {@code task} with its requests through this gate. */
    public <T> T call(Callable<T> task) throws Exception {
        CURRENT.set(this);
        try {
            return task.call();
        } finally {
            CURRENT.remove();
        }
    }

    /** Throws when the gate is closed. */
    public synchronized void pass() throws HaltedException {
        if (closedBy != null) {
            throw new HaltedException(closedBy);
        }
    }

    private synchronized void close(String why) {
        if (closedBy == null) {
            closedBy = why;
        }
    }

    private static boolean asksToWait(Response response) {
        int code = response.code();
        return code == 429 || code >= 500 && !(code == 503 && "0".equals(response.header("Retry-After")));
    }

    private static Response intercept(Interceptor.Chain chain) throws IOException {
        Gate gate = CURRENT.get();
        if (gate == null) {
            return chain.proceed(chain.request());
        }
        String request = chain.request().method() + " " + chain.request().url().encodedPath();
        gate.pass();
        Response response = chain.proceed(chain.request());
        if (asksToWait(response)) {
            gate.close(request + " was answered " + response.code());
        }
        return response;
    }
}
