package id.loket.desktop.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work immediately on the calling thread. For tests and for the command line, where there is
 * no UI thread to protect and determinism matters more than responsiveness.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }
}
