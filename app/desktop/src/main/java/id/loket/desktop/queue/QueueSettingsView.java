package id.loket.desktop.queue;

import atlantafx.base.theme.Styles;
import id.loket.core.application.Lane;
import id.loket.core.i18n.Message;
import id.loket.core.queue.LaneQuotas;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.Locale;

/**
 * The settings tab: a spinner per lane for the daily quota and the weekend hajj/umrah-only
 * switch. Everything is disabled for an officer, with the core's own explanation shown.
 */
final class QueueSettingsView {

    private final VBox root;

    QueueSettingsView(QueueSettingsViewModel model, I18n i18n) {
        Label title = Forms.label(i18n, "queue.settings.title");
        title.getStyleClass().add(Styles.TITLE_4);
        Label readOnly = new Label();
        readOnly.setId("settings-read-only");
        readOnly.getStyleClass().add(Styles.TEXT_MUTED);
        readOnly.setWrapText(true);
        readOnly.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> model.editableProperty().get() ? null : Message.of("queue.refused.supervisorOnly"),
                model.editableProperty())));
        readOnly.visibleProperty().bind(readOnly.textProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        for (Lane lane : Lane.values()) {
            Spinner<Integer> spinner = new Spinner<>();
            SpinnerValueFactory.IntegerSpinnerValueFactory values =
                    new SpinnerValueFactory.IntegerSpinnerValueFactory(0, LaneQuotas.MAX);
            values.valueProperty().bindBidirectional(model.quota(lane));
            spinner.setValueFactory(values);
            spinner.setEditable(true);
            spinner.setId("quota-" + lane.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            spinner.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
            spinner.setPrefWidth(200);
            Label label = new Label();
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.textProperty().bind(i18n.bind("queue.settings.quota", lane));
            label.setLabelFor(spinner);
            grid.addRow(grid.getRowCount(), label, spinner);
        }
        grid.disableProperty().bind(model.editableProperty().not());

        CheckBox weekend = new CheckBox();
        weekend.setId("settings-weekend");
        weekend.textProperty().bind(i18n.bind("queue.settings.weekend"));
        weekend.selectedProperty().bindBidirectional(model.weekendHajjUmrahOnlyProperty());
        weekend.disableProperty().bind(model.editableProperty().not());

        Button save = new Button();
        save.setId("settings-save");
        save.textProperty().bind(i18n.bind("queue.settings.save"));
        save.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        save.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> model.save());

        root = new VBox(16, title, readOnly, grid, weekend, save,
                Forms.errorLine(i18n, model.errorProperty(), "settings-error"),
                DeskView.noticeLine(i18n, model.noticeProperty(), "settings-notice"));
        root.getStyleClass().add("queue-card");
        root.setMaxWidth(Region.USE_PREF_SIZE);
        root.setMaxHeight(Region.USE_PREF_SIZE);
    }

    Parent root() {
        return root;
    }
}
