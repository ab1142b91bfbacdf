package id.loket.desktop.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.StackPane;

/**
 * Shows one {@link Screen} at a time and runs the activate/deactivate lifecycle when the
 * screen changes. It knows nothing about which screens exist; the navigator decides that.
 */
public final class ScreenHost {

    private final StackPane content = new StackPane();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();

    public ScreenHost() {
        content.getStyleClass().add("screen-host");
    }

    /** The area screens are placed in. */
    public StackPane node() {
        return content;
    }

    /** Deactivates the current screen (if any), then activates and shows {@code next}. */
    public void show(Screen next) {
        Screen previous = current.get();
        if (previous != null) {
            previous.deactivate();
        }
        content.getChildren().setAll(next.root());
        current.set(next);
        next.activate();
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
