package id.loket.desktop.concurrent;

import java.util.concurrent.Executor;

/**
 * The one named place where results return to the UI thread. Production uses
 * {@link FxUiExecutor}; nothing else in the desktop module calls {@code Platform.runLater}.
 */
public interface UiExecutor extends Executor {
}
