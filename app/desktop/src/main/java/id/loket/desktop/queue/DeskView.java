package id.loket.desktop.queue;

import atlantafx.base.theme.Styles;
import id.loket.core.application.Lane;
import id.loket.core.i18n.Message;
import id.loket.core.queue.Ticket;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The ticket tab of the queue screen: a tile per lane, the ticket called to this counter in large
 * type with what can happen to it next, and the waiting list from which a ticket can be called
 * out of order (through {@link OutOfOrderView}). Layout and bindings only.
 */
final class DeskView {

    private final QueueViewModel model;
    private final I18n i18n;
    private final VBox root;
    private final ListView<Ticket> waiting = new ListView<>();
    private final ChangeListener<I18n.Language> relabel = (obs, old, now) -> waiting.refresh();

    DeskView(QueueViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        HBox lanes = new HBox(12);
        lanes.setId("queue-lanes");
        for (Lane lane : Lane.values()) {
            VBox tile = new LaneTileView(lane, model, i18n).root();
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setMaxWidth(Double.MAX_VALUE);
            lanes.getChildren().add(tile);
        }
        HBox lower = new HBox(16, calledCard(), waitingCard());
        HBox.setHgrow(lower.getChildren().getLast(), Priority.ALWAYS);
        VBox.setVgrow(lower, Priority.ALWAYS);
        root = new VBox(16, lanes, Forms.errorLine(i18n, model.errorProperty(), "queue-error"),
                noticeLine(i18n, model.noticeProperty(), "queue-notice"), lower);
        root.getStyleClass().add("queue-desk");
    }

    /** A green line for what the last action did; hidden when there is nothing to say. */
    static Label noticeLine(I18n i18n, javafx.beans.value.ObservableValue<Message> notice, String id) {
        return Forms.noticeLine(i18n, notice, id);
    }

    private HBox calledCard() {
        Label title = Forms.label(i18n, "queue.current.title");
        title.getStyleClass().add(Styles.TITLE_4);
        Label number = new Label();
        number.setId("queue-current-number");
        number.getStyleClass().add("ticket-number");
        number.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> {
            Ticket t = model.currentProperty().get();
            return t == null ? Message.of("queue.current.none") : Message.of("queue.current.number", t.number());
        }, model.currentProperty())));
        Label detail = new Label();
        detail.setId("queue-current-detail");
        detail.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> {
            Ticket t = model.currentProperty().get();
            return t == null ? null : Message.of("queue.current.detail", t.lane(), t.state());
        }, model.currentProperty())));

        Button serve = button("queue.serve", "queue-serve", new FontIcon(MaterialDesignA.ACCOUNT_ARROW_RIGHT));
        serve.getStyleClass().add(Styles.ACCENT);
        serve.disableProperty().bind(model.canServeProperty().not());
        serve.setOnAction(e -> model.serve());
        Button noShow = button("queue.noShow", "queue-no-show", new FontIcon(MaterialDesignA.ACCOUNT_CANCEL));
        noShow.disableProperty().bind(model.canMarkNoShowProperty().not());
        noShow.setOnAction(e -> model.markNoShow());
        Button served = button("queue.served", "queue-served", new FontIcon(MaterialDesignC.CHECK_BOLD));
        served.getStyleClass().add(Styles.SUCCESS);
        served.disableProperty().bind(model.canMarkServedProperty().not());
        served.setOnAction(e -> model.markServed());
        VBox actions = new VBox(8, serve, noShow, served);
        actions.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        actions.setMinWidth(Region.USE_PREF_SIZE);

        VBox ticket = new VBox(8, title, number, detail);
        HBox.setHgrow(ticket, Priority.ALWAYS);
        HBox card = new HBox(16, ticket, actions);
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().add("queue-card");
        card.setMinWidth(Region.USE_PREF_SIZE);
        return card;
    }

    private VBox waitingCard() {
        Label title = Forms.label(i18n, "queue.waiting.title");
        title.getStyleClass().add(Styles.TITLE_4);
        waiting.setId("queue-waiting");
        waiting.setItems(model.waiting());
        waiting.setPrefHeight(220);
        waiting.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Ticket t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.priorityCriterion() == null
                        ? i18n.text("queue.waiting.item", t.number(), t.lane())
                        : i18n.text("queue.waiting.itemPriority", t.number(), t.lane(), t.priorityCriterion()));
            }
        });
        VBox.setVgrow(waiting, Priority.ALWAYS);
        Button outOfOrder = button("queue.callOutOfOrder", "queue-call-out-of-order",
                new FontIcon(MaterialDesignP.PLAYLIST_EDIT));
        outOfOrder.disableProperty().bind(waiting.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        outOfOrder.setOnAction(e -> {
            Ticket chosen = waiting.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                new OutOfOrderView(model.outOfOrder(chosen), i18n).showAndConfirm(root.getScene().getWindow());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, outOfOrder);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(12, header, waiting);
        card.getStyleClass().addAll("queue-card", "queue-waiting-card");
        return card;
    }

    private Button button(String key, String id, FontIcon icon) {
        Button b = new Button();
        b.textProperty().bind(i18n.bind(key));
        b.setId(id);
        b.setGraphic(icon);
        b.getStyleClass().add(Styles.LARGE);
        return b;
    }

    Parent root() {
        return root;
    }

    /** Follows language changes in the list cells. */
    void attach() {
        i18n.languageProperty().addListener(relabel);
        waiting.refresh();
    }

    void detach() {
        i18n.languageProperty().removeListener(relabel);
    }
}
