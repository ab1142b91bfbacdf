package id.loket.desktop.setup;

import atlantafx.base.theme.Styles;
import id.loket.core.i18n.Message;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * A labelled field with its problem right under it (the reason from the core validator), the field
 * outlined in red while it has one: what the wizard's steps are made of.
 */
final class FieldRows {

    private FieldRows() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        return grid;
    }

    /** Adds "label: field" and, below the field, its problem ({@code setup-problem-<field>}). */
    static void row(GridPane grid, I18n i18n, String key, TextField field, String id,
                    ObservableValue<Message> problem, String problemField) {
        Forms.row(grid, i18n, key, field, id);
        problemLine(grid, i18n, problem, problemField);
        problem.addListener((obs, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
    }

    /** Adds a problem line in the second column of the next row. */
    static Label problemLine(GridPane grid, I18n i18n, ObservableValue<Message> problem, String field) {
        Label line = Forms.errorLine(i18n, problem, "setup-problem-" + field);
        line.getStyleClass().add("field-problem");
        grid.add(line, 1, grid.getRowCount());
        return line;
    }
}
