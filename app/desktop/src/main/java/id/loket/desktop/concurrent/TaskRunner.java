package id.loket.desktop.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (database, files, devices) away from the JavaFX thread and hands the
 * outcome back to it. ViewModels depend on this interface only, so tests swap in
 * {@link SameThreadTaskRunner} and run without threads or timing.
 */
public interface TaskRunner {

    /**
     * Runs {@code work}; then exactly one of {@code onSuccess} or {@code onFailure} is called on the
     * UI thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
