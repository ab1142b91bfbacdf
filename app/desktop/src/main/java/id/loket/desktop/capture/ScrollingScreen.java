package id.loket.desktop.capture;

import id.loket.desktop.shell.Screen;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Puts a hosted step (the photo and fingerprint steps) in a scroll pane, so a step taller than a
 * booth laptop's screen scrolls inside the flow instead of pushing the header and the
 * "save and continue" button off the window.
 */
final class ScrollingScreen implements Screen {

    private final Screen inner;
    private final ScrollPane root;

    ScrollingScreen(Screen inner) {
        this.inner = inner;
        this.root = new ScrollPane(inner.root());
        root.setFitToWidth(true);
        root.getStyleClass().add("capture-scroll");
    }

    /** The wrapped step. */
    Screen inner() {
        return inner;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        inner.activate();
    }

    @Override
    public void deactivate() {
        inner.deactivate();
    }
}
