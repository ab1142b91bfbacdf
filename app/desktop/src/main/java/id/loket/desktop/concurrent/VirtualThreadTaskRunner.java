package id.loket.desktop.concurrent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs each piece of work on its own virtual thread (cheap, so a slow disk or a password hash
 * never freezes the counter screen) and delivers the outcome through a {@link UiExecutor}.
 */
public final class VirtualThreadTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualThreadTaskRunner.class);

    private final ExecutorService workers;
    private final UiExecutor ui;

    public VirtualThreadTaskRunner(UiExecutor ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("loket-task-", 0).factory());
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        workers.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                LOG.warn("background task failed: {}", failure.getClass().getName());
                ui.execute(() -> onFailure.accept(failure));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Stops accepting work and waits for running tasks to finish. */
    @Override
    public void close() {
        workers.close();
    }
}
