package id.loket.desktop.shell;

import id.loket.core.i18n.Message;
import id.loket.desktop.concurrent.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A screen's calls into the core, run on the {@link TaskRunner}: while an officer's action runs
 * the screen is busy; a refusal or failure is shown as the core's own message ({@link Failures});
 * what the action did is the notice. ViewModels hold one of these and keep their own state.
 */
public final class CoreCalls {

    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final TaskRunner tasks;

    public CoreCalls(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Forgets the last error and notice. */
    public void clear() {
        error.set(null);
        notice.set(null);
    }

    /** Loads something to show: the result goes to {@code then}; a failure becomes the error. */
    public <T> void load(Callable<T> work, Consumer<? super T> then) {
        tasks.run(work, then, failure -> error.set(Failures.message(failure)));
    }

    /**
     * Runs an officer's action: the old messages go, the screen is busy until it ends, the result
     * goes to {@code then} and a refusal becomes the error; {@code afterwards} runs last either way
     * (typically reloading what the screen shows).
     */
    public <T> void act(Callable<T> work, Consumer<? super T> then, Runnable afterwards) {
        busy.set(true);
        clear();
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
            afterwards.run();
        }, failure -> {
            busy.set(false);
            error.set(Failures.message(failure));
            afterwards.run();
        });
    }

    /** Shows what an action did. */
    public void notice(Message message) {
        notice.set(message);
    }

    /** Shows a problem found after the call (for example a rejected row). */
    public void error(Message message) {
        error.set(message);
    }

    /** The last refusal or failure, or null. */
    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    /** What the last action did, or null. */
    public ObjectProperty<Message> noticeProperty() {
        return notice;
    }

    /** True while an action runs. */
    public BooleanProperty busyProperty() {
        return busy;
    }
}
