package id.loket.desktop.concurrent;

import javafx.application.Platform;

/**
 * Delivers results to the JavaFX application thread. This is the only class that calls
 * {@link Platform#runLater}; already on the FX thread, it runs the action at once.
 */
public final class FxUiExecutor implements UiExecutor {

    @Override
    public void execute(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
