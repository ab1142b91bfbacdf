package id.loket.desktop.capture;

import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Screen;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;

/**
 * A capture step that is one titled form bound to its ViewModel once: nothing to attach when it is
 * shown and nothing to release when it is left (the interview and payment steps).
 */
abstract class FormStepView implements Screen {

    private final VBox root;

    FormStepView(I18n i18n, String id, String titleKey, Node... children) {
        root = StepPane.section(i18n, titleKey, children);
        root.getStyleClass().add("capture-step");
        root.setId(id);
    }

    @Override
    public final Parent root() {
        return root;
    }

    @Override
    public final void activate() {
        // bound once in the constructor
    }

    @Override
    public final void deactivate() {
        // nothing attached
    }
}
