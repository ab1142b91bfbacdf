package id.loket.desktop.queue;

import atlantafx.base.theme.Styles;
import id.loket.core.i18n.Message;
import id.loket.core.waitingroom.AnnouncementSchedule;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.waitingroom.AnnouncementsViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The announcements tab: the text the waiting-room display shows at the times of day a supervisor
 * sets, and for how long. Everything is disabled for an officer, with core's reason shown.
 */
final class AnnouncementsView {

    private final VBox root;

    AnnouncementsView(AnnouncementsViewModel model, I18n i18n) {
        Label title = Forms.label(i18n, "announcements.title");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = Forms.label(i18n, "announcements.hint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label readOnly = new Label();
        readOnly.setId("announcements-read-only");
        readOnly.getStyleClass().add(Styles.TEXT_MUTED);
        readOnly.setWrapText(true);
        readOnly.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> model.editableProperty().get() ? null : Message.of("announcement.supervisorOnly"),
                model.editableProperty())));
        readOnly.visibleProperty().bind(readOnly.textProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        TextArea text = new TextArea();
        text.setId("announcements-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(model.textProperty());
        TextField times = new TextField();
        times.setId("announcements-times");
        times.textProperty().bindBidirectional(model.timesProperty());
        Spinner<Integer> minutes = new Spinner<>();
        minutes.setId("announcements-minutes");
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, AnnouncementSchedule.MAX_MINUTES);
        values.valueProperty().bindBidirectional(model.minutesProperty());
        minutes.setValueFactory(values);
        minutes.setEditable(true);
        minutes.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        VBox fields = new VBox(8, Forms.label(i18n, "announcements.text"), text,
                Forms.label(i18n, "announcements.times"), times, Forms.label(i18n, "announcements.minutes"), minutes);
        fields.disableProperty().bind(model.editableProperty().not());

        Button save = new Button();
        save.setId("announcements-save");
        save.textProperty().bind(i18n.bind("announcements.save"));
        save.setGraphic(new FontIcon(MaterialDesignB.BULLHORN_OUTLINE));
        save.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        save.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> model.save());
        Button clear = new Button();
        clear.setId("announcements-clear");
        clear.textProperty().bind(i18n.bind("announcements.clear"));
        clear.setGraphic(new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        clear.disableProperty().bind(save.disableProperty());
        clear.setOnAction(e -> model.clear());

        root = new VBox(16, title, hint, readOnly, fields, new HBox(12, save, clear),
                Forms.errorLine(i18n, model.errorProperty(), "announcements-error"),
                DeskView.noticeLine(i18n, model.noticeProperty(), "announcements-notice"));
        root.getStyleClass().add("queue-card");
        root.setMaxWidth(720);
        root.setMaxHeight(Region.USE_PREF_SIZE);
    }

    Parent root() {
        return root;
    }
}
