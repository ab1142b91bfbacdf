package id.loket.desktop.capture;

import id.loket.core.application.Purpose;
import id.loket.desktop.i18n.I18n;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/** The interview: purpose of travel (preselected) and notes. */
public final class InterviewStepView extends FormStepView {

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
        super(i18n, "capture-interview", "capture.interview.title", grid);
    }
}
