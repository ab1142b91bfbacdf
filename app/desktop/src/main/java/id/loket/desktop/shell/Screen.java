package id.loket.desktop.shell;

import javafx.scene.Parent;

/**
 * One screen: its root node plus a lifecycle. {@link #activate()} runs when it is shown (start
 * loading, attach listeners), {@link #deactivate()} when it is left (release listeners, clear
 * secrets), so a screen that is not visible holds no references into live services.
 */
public interface Screen {

    /** The layout; built once, reused across activations. */
    Parent root();

    /** Called when the screen becomes visible. */
    void activate();

    /** Called when another screen replaces this one. */
    void deactivate();
}
