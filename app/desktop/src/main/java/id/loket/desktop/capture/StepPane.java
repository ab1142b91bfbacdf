package id.loket.desktop.capture;

import id.loket.core.i18n.Message;
import id.loket.desktop.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

import java.util.List;

/**
 * Layout helpers shared by the capture steps: labelled grid rows, enum choosers whose items
 * render in the current language, and a list of messages. Keys and ids only; every text comes
 * from the bundles.
 */
final class StepPane {

    private StepPane() {
    }

    /** A grid with a label column and a growing field column. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.getStyleClass().add("capture-grid");
        return grid;
    }

    /** Adds "label | field" as the next row. */
    static void row(GridPane grid, I18n i18n, String key, Node field) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (field instanceof javafx.scene.control.Control control) {
            label.setLabelFor(control);
            control.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(grid.getRowCount(), label, field);
    }

    /** A combo box over enum values that shows each value's localised name. */
    static <E extends Enum<E>> ComboBox<E> choice(I18n i18n, E[] values, String id) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setId(id);
        Callback<javafx.scene.control.ListView<E>, ListCell<E>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.text("capture.enum", item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        i18n.languageProperty().addListener((o, a, b) -> {
            E value = box.getValue();
            box.setButtonCell(cells.call(null));
            box.setValue(null);
            box.setValue(value);
        });
        return box;
    }

    /** Lines of messages in one style (danger / warning / muted), re-rendered on language change. */
    static VBox messages(I18n i18n, ObservableValue<List<Message>> source, String styleClass, String id) {
        VBox box = new VBox(4);
        box.setId(id);
        Runnable draw = () -> {
            List<Message> list = source.getValue() == null ? List.of() : source.getValue();
            box.getChildren().setAll(list.stream().map(m -> {
                Label l = new Label(i18n.render(m));
                l.setWrapText(true);
                l.getStyleClass().add(styleClass);
                return (Node) l;
            }).toList());
        };
        source.addListener((o, a, b) -> draw.run());
        i18n.languageProperty().addListener((o, a, b) -> draw.run());
        box.visibleProperty().bind(Bindings.isNotEmpty(box.getChildren()));
        box.managedProperty().bind(box.visibleProperty());
        draw.run();
        return box;
    }

    /** A titled section. */
    static VBox section(I18n i18n, String titleKey, Node... children) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey));
        title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
        VBox box = new VBox(12, title);
        box.getChildren().addAll(children);
        return box;
    }

    /** The fee line: total, or passport fee + express surcharge = total; "unknown" until it can be computed. */
    static Message feeText(id.loket.core.fee.FeeQuote quote) {
        return feeText(quote, "capture.applicant.fee");
    }

    /** The fee line with another prefix key ({@code <key>} and {@code <key>Express}). */
    static Message feeText(id.loket.core.fee.FeeQuote quote, String key) {
        if (quote == null) {
            return Message.of("capture.applicant.feeUnknown");
        }
        String total = id.loket.core.receipt.Rupiah.format(quote.total());
        if (quote.expressSurcharge() > 0) {
            return Message.of(key + "Express", id.loket.core.receipt.Rupiah.format(quote.passportFee()),
                    id.loket.core.receipt.Rupiah.format(quote.expressSurcharge()), total);
        }
        return Message.of(key, total);
    }
}
