package id.loket.desktop.queue;

import atlantafx.base.theme.Styles;
import id.loket.core.application.Lane;
import id.loket.core.i18n.Message;
import id.loket.core.queue.LaneStatus;
import id.loket.core.queue.PriorityCriterion;
import id.loket.desktop.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.Locale;

/**
 * One lane of today's queue as a touch-friendly tile: its name, issued against quota, how many
 * wait, a clear badge when the lane is closed or its quota is full, and the buttons to issue a
 * ticket (with the Ramah HAM criterion for the priority lane) and to call the next one.
 */
final class LaneTileView {

    /** Style of a tile that cannot issue today (closed or full). */
    private static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");

    private final VBox root = new VBox(8);

    LaneTileView(Lane lane, QueueViewModel model, I18n i18n) {
        String id = lane.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ObservableValue<LaneStatus> status = model.status(lane);
        Label name = new Label();
        name.textProperty().bind(i18n.bind("queue.lane", lane));
        name.getStyleClass().addAll(Styles.TITLE_4, "lane-name");
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        Label count = new Label();
        count.setId("lane-count-" + id);
        count.getStyleClass().addAll(Styles.TITLE_1, "count");
        count.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> Message.of("queue.lane.count", status.getValue().issued(), status.getValue().quota()), status)));
        Label waiting = new Label();
        waiting.setId("lane-waiting-" + id);
        waiting.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> Message.of("queue.lane.waiting", status.getValue().waiting()), status)));
        Label badge = new Label();
        badge.setId("lane-badge-" + id);
        badge.getStyleClass().addAll("lane-badge", Styles.DANGER);
        badge.setWrapText(true);
        badge.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> badge(status.getValue()), status)));
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        root.getChildren().addAll(name, count, waiting, badge, push);

        if (lane == Lane.APPOINTMENT) {
            Label viaCheckIn = new Label();
            viaCheckIn.textProperty().bind(i18n.bind("queue.lane.viaCheckIn"));
            viaCheckIn.getStyleClass().add(Styles.TEXT_MUTED);
            viaCheckIn.setWrapText(true);
            root.getChildren().add(root.getChildren().indexOf(push), viaCheckIn);
        } else {
            if (lane == Lane.PRIORITY) {
                root.getChildren().add(criterionChoice(model, i18n));
            }
            Button issue = button(i18n, "queue.issue", "issue-" + id);
            issue.setGraphic(new FontIcon(MaterialDesignT.TICKET_CONFIRMATION_OUTLINE));
            issue.getStyleClass().add(Styles.ACCENT);
            issue.setOnAction(e -> model.issue(lane));
            root.getChildren().add(issue);
        }
        Button callNext = button(i18n, "queue.callNext", "call-next-" + id);
        callNext.setGraphic(new FontIcon(MaterialDesignB.BULLHORN_OUTLINE));
        callNext.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> status.getValue().waiting() == 0, status)));
        callNext.setOnAction(e -> model.callNext(lane));
        root.getChildren().add(callNext);

        root.setId("lane-" + id);
        root.getStyleClass().add("lane-tile");
        root.pseudoClassStateChanged(BLOCKED, badge(status.getValue()) != null);
        status.addListener((obs, old, now) -> root.pseudoClassStateChanged(BLOCKED, badge(now) != null));
    }

    private static Message badge(LaneStatus s) {
        if (!s.open()) {
            return Message.of("queue.lane.closed");
        }
        if (s.issued() >= s.quota()) {
            return Message.of("queue.lane.full");
        }
        return null;
    }

    private Button button(I18n i18n, String key, String id) {
        Button b = new Button();
        b.textProperty().bind(i18n.bind(key));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("lane-button");
        return b;
    }

    private static ComboBox<PriorityCriterion> criterionChoice(QueueViewModel model, I18n i18n) {
        ComboBox<PriorityCriterion> choice = new ComboBox<>();
        choice.setId("priority-criterion");
        choice.getItems().setAll(PriorityCriterion.values());
        choice.promptTextProperty().bind(i18n.bind("queue.criterion"));
        choice.valueProperty().bindBidirectional(model.criterionProperty());
        choice.setMaxWidth(Double.MAX_VALUE);
        Callback<ListView<PriorityCriterion>, ListCell<PriorityCriterion>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(PriorityCriterion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? choice.getPromptText() : i18n.text("queue.criterion.item", item));
            }
        };
        choice.setCellFactory(cells);
        choice.setButtonCell(cells.call(null));
        return choice;
    }

    VBox root() {
        return root;
    }
}
