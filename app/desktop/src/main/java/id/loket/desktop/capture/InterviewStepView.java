package id.loket.desktop.capture;

import id.loket.core.application.Purpose;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Screen;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The interview: purpose of travel (preselected) and notes. */
public final class InterviewStepView implements Screen {

    private final VBox root;

    public InterviewStepView(InterviewStepViewModel model, I18n i18n) {
        var purpose = StepPane.choice(i18n, Purpose.values(), "capture-interview-purpose");
        purpose.valueProperty().bindBidirectional(model.purposeProperty());
        TextArea notes = new TextArea();
        notes.setId("capture-interview-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        notes.textProperty().bindBidirectional(model.notesProperty());
        GridPane grid = StepPane.grid();
        StepPane.row(grid, i18n, "capture.interview.purpose", purpose);
        StepPane.row(grid, i18n, "capture.interview.notes", notes);
        root = StepPane.section(i18n, "capture.interview.title", grid);
        root.getStyleClass().add("capture-step");
        root.setId("capture-interview");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
    }

    @Override
    public void deactivate() {
    }
}
