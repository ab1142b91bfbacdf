package id.loket.desktop.waitingroom;

import id.loket.core.i18n.Message;
import id.loket.core.queue.LaneCalls;
import id.loket.core.queue.Ticket;
import id.loket.desktop.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.Locale;

/**
 * The waiting-room display in large type, for a screen the applicants read from their seats: one
 * card per lane with the number being called and the counter, the numbers called before it and
 * how many still wait; below, the announcement when it is due and the outage notice.
 */
public final class WaitingRoomView {

    private final WaitingRoomViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TilePane cards = new TilePane(24, 24);
    private final Label empty;

    public WaitingRoomView(WaitingRoomViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label();
        title.textProperty().bind(i18n.bind("waitingRoom.title"));
        title.getStyleClass().add("wr-title");
        Label clock = new Label();
        clock.setId("wr-clock");
        clock.getStyleClass().add("wr-clock");
        clock.textProperty().bind(Bindings.createStringBinding(
                () -> model.timeProperty().get() == null ? "" : WaitingRoomViewModel.clock(model.timeProperty().get()),
                model.timeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, spacer, clock);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("wr-header");

        cards.setId("wr-lanes");
        cards.setPrefColumns(3);
        cards.setTileAlignment(Pos.TOP_LEFT);
        empty = new Label();
        empty.setId("wr-empty");
        empty.getStyleClass().add("wr-empty");
        empty.textProperty().bind(i18n.bind("waitingRoom.empty"));
        VBox centre = new VBox(24, empty, cards);
        centre.getStyleClass().add("wr-centre");

        VBox notices = new VBox(16, announcement(), outage());
        notices.getStyleClass().add("wr-notices");
        root.setTop(header);
        root.setCenter(centre);
        root.setBottom(notices);
        root.getStyleClass().add("waiting-room");
        model.lanes().addListener((ListChangeListener<LaneCalls>) change -> draw());
        draw();
    }

    private VBox announcement() {
        Label heading = new Label();
        heading.setId("wr-announcement-time");
        heading.getStyleClass().add("wr-notice-heading");
        heading.setGraphic(new FontIcon(MaterialDesignB.BULLHORN_OUTLINE));
        heading.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> model.announcementProperty().get()
                == null ? null : Message.of("waitingRoom.announcement",
                WaitingRoomViewModel.clock(model.announcementProperty().get().at())), model.announcementProperty())));
        Label text = new Label();
        text.setId("wr-announcement");
        text.getStyleClass().add("wr-notice-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.announcementProperty().get() == null ? ""
                : model.announcementProperty().get().text(), model.announcementProperty()));
        VBox box = new VBox(8, heading, text);
        box.getStyleClass().addAll("wr-notice", "wr-announcement");
        box.visibleProperty().bind(model.announcementProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox outage() {
        Label text = new Label();
        text.setId("wr-outage");
        text.getStyleClass().add("wr-notice-text");
        text.setWrapText(true);
        text.setGraphic(new FontIcon(MaterialDesignC.CLOUD_OFF_OUTLINE));
        text.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> model.outageProperty().get().inOutage()
                ? Message.of("waitingRoom.outage", model.outageProperty().get().sinceTime()) : null,
                model.outageProperty())));
        VBox box = new VBox(8, text);
        box.getStyleClass().addAll("wr-notice", "wr-outage");
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.outageProperty().get().inOutage(),
                model.outageProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void draw() {
        cards.getChildren().setAll(model.lanes().stream().map(this::card).toList());
        empty.setVisible(model.lanes().stream().allMatch(l -> l.recent().isEmpty()));
        empty.setManaged(empty.isVisible());
    }

    private VBox card(LaneCalls lane) {
        String id = lane.lane().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Label name = new Label();
        name.textProperty().bind(i18n.bind("waitingRoom.lane", lane.lane()));
        name.getStyleClass().add("wr-lane-name");
        name.setWrapText(true);
        Ticket current = lane.current().orElse(null);
        Label number = new Label(current == null ? i18n.text("waitingRoom.noCall") : current.number());
        number.setId("wr-current-" + id);
        number.getStyleClass().add("wr-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label counter = new Label();
        counter.setId("wr-counter-" + id);
        counter.getStyleClass().add("wr-counter");
        if (current != null) {
            counter.textProperty().bind(i18n.bind("waitingRoom.counter", current.counterNumber()));
        }
        String before = WaitingRoomViewModel.calledBefore(lane);
        Label previous = new Label();
        previous.setId("wr-previous-" + id);
        previous.getStyleClass().add("wr-previous");
        previous.textProperty().bind(before.isEmpty() ? i18n.bind("waitingRoom.noPrevious")
                : i18n.bind("waitingRoom.previous", before));
        Label waiting = new Label();
        waiting.setId("wr-waiting-" + id);
        waiting.getStyleClass().add("wr-waiting");
        waiting.textProperty().bind(i18n.bind("waitingRoom.waiting", lane.waiting()));
        VBox card = new VBox(6, name, number, counter, previous, waiting);
        card.getStyleClass().add("wr-lane");
        if (current != null) {
            card.getStyleClass().add("wr-lane-calling");
        }
        return card;
    }

    public Parent root() {
        return root;
    }
}
