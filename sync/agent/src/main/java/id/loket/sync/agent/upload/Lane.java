package id.loket.sync.agent.upload;

import id.loket.sync.agent.http.Gate;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The threads that send a drain's requests, started in the order they were handed over, at most
 * {@link #requests()} at a time (ADR 21: two for a drain, so the centre stores one pack while the
 * next is on the wire). The drain's own thread reads and decrypts the next images meanwhile, so
 * the device's work and the centre's overlap.
 *
 * <p>After a task fails, every later task fails with the same exception without running; and the
 * moment a request is answered "not now" (429, 5xx), the lane's {@link Gate} closes, so no other request leaves, even from a thread that has not heard of it yet (a 503's
 * Retry-After is honoured: only a request already on its way may still end). Whoever waits on any
 * task gets that first failure, never the refusal of a request the gate held back.
 *
 * <p>A lane is stopped (its waiter interrupted, or {@link #close}) by interrupting its threads
 * through the given interrupter: the agent's holds the interrupt while a thread is inside a call
 * to the device's store, whose file channel an interrupt would close.
 */
public final class Lane implements AutoCloseable {

    private final Consumer<Thread> interrupter;
    private final int requests;
    private final ExecutorService executor;
    private final Set<Thread> threads = new CopyOnWriteArraySet<>();
    private final Gate gate = new Gate();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch failed = new CountDownLatch(1);

    /** A lane of one request at a time whose thread is interrupted directly (nothing on it touches a store). */
    public Lane() {
        this(Thread::interrupt, 1);
    }

    /** A lane of at most {@code requests} at a time, its threads stopped through {@code interrupter}. */
    public Lane(Consumer<Thread> interrupter, int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("a lane sends at least one request at a time");
        }
        this.interrupter = interrupter;
        this.requests = requests;
        this.executor = Executors.newFixedThreadPool(requests, r -> {
            Thread t = Thread.ofPlatform().name("loket-sync-lane").daemon(true).unstarted(r);
            threads.add(t);
            return t;
        });
    }

    /** The most requests this lane has on the wire at once. */
    public int requests() {
        return requests;
    }

    /** Queues a task behind those handed over before it. */
    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(() -> {
            Throwable earlier = failure.get();
            if (earlier != null) {
                throw rethrowable(earlier);
            }
            try {
                gate.pass();
                return gate.call(task);
            } catch (Exception | Error e) {
                if (!(e instanceof Gate.HaltedException)) {
                    fail(e);
                }
                throw e;
            }
        });
    }

    /**
     * Waits for a task; its failure (or the lane's first failure) is thrown as it was thrown. An
     * interrupt of the waiter stops the lane.
     */
    public <T> T await(Future<T> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the centre");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Gate.HaltedException) {
                cause = firstFailure(cause);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** Records the lane's first failure; later ones are only thrown to their own waiters. */
    private void fail(Throwable e) {
        if (failure.compareAndSet(null, e)) {
            failed.countDown();
        }
    }

    /**
     * The failure that closed the gate: the request that met it may still be ending on another
     * thread (reading the answer, building its exception), so wait until the lane records it. Only
     * that recording is awaited, never the lane's tasks, so a task of the lane may call this too.
     */
    private Throwable firstFailure(Throwable halted) throws InterruptedIOException {
        try {
            failed.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the centre");
        }
        Throwable first = failure.get();
        return first != null ? first : halted;
    }

    private static Exception rethrowable(Throwable t) {
        if (t instanceof Exception e) {
            return e;
        }
        throw (Error) t;
    }

    /** Stops the lane: nothing queued runs any more, and a request still on its way is interrupted. */
    @Override
    public void close() {
        fail(new InterruptedIOException("the sync lane was stopped"));
        executor.shutdown();
        if (!executor.isTerminated()) {
            threads.forEach(interrupter);
        }
    }
}
