package id.loket.sync.agent.upload;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The one thread that sends a drain's requests, in the order they were handed over, one at a time.
 * The drain's own thread reads and decrypts the next images meanwhile, so the device's work and
 * the centre's overlap, while the centre still sees one request after another, as from a plain
 * client: a 503 with Retry-After is never followed by a request that was already on its way.
 *
 * <p>After a task fails, every later task fails with the same exception without running, so no
 * request leaves after the failure; whoever waits on any of them gets that first failure.
 *
 * <p>A lane is stopped (its waiter interrupted, or {@link #close}) by interrupting its thread
 * through the given interrupter: the agent's holds the interrupt while the thread is inside a call
 * to the device's store, whose file channel an interrupt would close.
 */
public final class Lane implements AutoCloseable {

    private final Consumer<Thread> interrupter;
    private final ExecutorService executor;
    private volatile Thread thread;
    private volatile Throwable failure;

    /** A lane whose thread is interrupted directly (nothing on it touches a store). */
    public Lane() {
        this(Thread::interrupt);
    }

    public Lane(Consumer<Thread> interrupter) {
        this.interrupter = interrupter;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = Thread.ofPlatform().name("loket-sync-lane").daemon(true).unstarted(r);
            thread = t;
            return t;
        });
    }

    /** Queues a task behind those handed over before it. */
    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(() -> {
            Throwable earlier = failure;
            if (earlier != null) {
                throw rethrowable(earlier);
            }
            try {
                return task.call();
            } catch (Exception | Error e) {
                failure = e;
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

    private static Exception rethrowable(Throwable t) {
        if (t instanceof Exception e) {
            return e;
        }
        throw (Error) t;
    }

    /** Stops the lane: nothing queued runs any more, and a request still on its way is interrupted. */
    @Override
    public void close() {
        if (failure == null) {
            failure = new InterruptedIOException("the sync lane was stopped");
        }
        executor.shutdown();
        Thread t = thread;
        if (t != null && !executor.isTerminated()) {
            interrupter.accept(t);
        }
    }
}
