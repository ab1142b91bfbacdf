package id.loket.desktop.shell;

import id.loket.core.i18n.Message;
import id.loket.desktop.i18n.I18n;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * Small layout helpers shared by the forms, so each view reads as a list of fields. Only keys
 * and ids pass through here; every visible text comes from the bundles.
 */
public final class Forms {

    private Forms() {
    }

    /** A label bound to a key. */
    public static Label label(I18n i18n, String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        return label;
    }

    /** Adds a labelled field as the next row of a two-column grid. */
    public static void row(GridPane grid, I18n i18n, String key, TextField field, String id) {
        int row = grid.getRowCount();
        Label label = label(i18n, key);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setId(id);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label, field);
    }

    /** A red message line that shows the current problem in the current language and hides when there is none. */
    public static Label errorLine(I18n i18n, ObservableValue<Message> message, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("error-line", atlantafx.base.theme.Styles.DANGER);
        label.setWrapText(true);
        label.textProperty().bind(i18n.bind(message));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A green line that shows what the last action did and hides when there is nothing to say. */
    public static Label noticeLine(I18n i18n, ObservableValue<Message> notice, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("notice-line", atlantafx.base.theme.Styles.SUCCESS);
        label.setWrapText(true);
        label.textProperty().bind(i18n.bind(notice));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * A read-only table column titled by a key, showing {@code value} of each row, at least as wide
     * as {@code width} up to 200 px, not sortable (lists are shown in the order the core gives).
     */
    public static <S> TableColumn<S, String> column(I18n i18n, String key, Function<S, String> value,
                                                    double width) {
        TableColumn<S, String> c = new TableColumn<>();
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 200));
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** A centred card holding a form. */
    public static VBox card(javafx.scene.Node... children) {
        VBox card = new VBox(16, children);
        card.getStyleClass().add("form-card");
        card.setMaxWidth(560);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return card;
    }
}
