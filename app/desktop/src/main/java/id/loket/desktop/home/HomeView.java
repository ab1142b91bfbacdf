package id.loket.desktop.home;

import atlantafx.base.theme.Styles;
import id.loket.core.device.DeviceProfile;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.desktop.capture.DraftsPanel;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.LanguageSwitch;
import id.loket.desktop.shell.Screen;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Layout and bindings of the home screen; behaviour lives in {@link HomeViewModel}. */
public final class HomeView implements Screen {

    private final HomeViewModel model;
    private final I18n i18n;
    private final LanguageSwitch language;
    private final DraftsPanel drafts;
    private final BorderPane root = new BorderPane();
    private final FlowPane tiles = new FlowPane(16, 16);
    private final ListChangeListener<HomeViewModel.StateCount> redraw = change -> drawTiles();

    public HomeView(HomeViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.language = new LanguageSwitch(i18n);
        this.drafts = new DraftsPanel(model.drafts(), i18n);

        Label officer = new Label();
        officer.setId("home-officer");
        officer.getStyleClass().add(Styles.TITLE_3);
        officer.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE));
        officer.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> officerText(model.officerProperty().get()), model.officerProperty())));
        Label counter = new Label();
        counter.setId("home-counter");
        counter.setGraphic(new FontIcon(MaterialDesignO.OFFICE_BUILDING));
        counter.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> counterText(model.deviceProperty().get()), model.deviceProperty())));

        Button logout = new Button();
        logout.setId("home-logout");
        logout.textProperty().bind(i18n.bind("home.logout"));
        logout.setGraphic(new FontIcon(MaterialDesignL.LOGOUT));
        logout.getStyleClass().add(Styles.LARGE);
        logout.setOnAction(e -> model.logout());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox who = new VBox(4, officer, counter);
        HBox header = new HBox(16, who, spacer, language.node(), logout);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("home-header");

        Label todayTitle = Forms.label(i18n, "home.today");
        todayTitle.getStyleClass().add(Styles.TITLE_3);
        tiles.setId("home-today");
        VBox body = new VBox(16, todayTitle, tiles, Forms.errorLine(i18n, model.errorProperty(), "home-error"));
        Button queue = new Button();
        queue.setId("home-queue");
        queue.textProperty().bind(i18n.bind("home.queue"));
        queue.setGraphic(new FontIcon(MaterialDesignF.FORMAT_LIST_NUMBERED));
        queue.getStyleClass().addAll(Styles.LARGE, "home-action");
        queue.setOnAction(e -> model.openQueue());
        Button search = new Button();
        search.setId("home-search");
        search.textProperty().bind(i18n.bind("home.search"));
        search.setGraphic(new FontIcon(MaterialDesignM.MAGNIFY));
        search.getStyleClass().addAll(Styles.LARGE, "home-action");
        search.setOnAction(e -> model.openSearch());
        Button booth = new Button();
        booth.setId("home-booth");
        booth.textProperty().bind(i18n.bind("home.booth"));
        booth.setGraphic(new FontIcon(MaterialDesignT.TENT));
        booth.getStyleClass().addAll(Styles.LARGE, "home-action");
        booth.setOnAction(e -> model.openBooth());
        Button callList = new Button();
        callList.setId("home-call-list");
        callList.textProperty().bind(i18n.bind("home.callList"));
        callList.setGraphic(new FontIcon(MaterialDesignP.PHONE_OUTGOING));
        callList.getStyleClass().addAll(Styles.LARGE, "home-action");
        callList.setOnAction(e -> model.openCallList());
        FlowPane actions = new FlowPane(16, 16, queue, drafts.newApplicationButton(), search, booth, callList);
        actions.setId("home-actions");
        body.getChildren().addFirst(actions);
        body.getChildren().add(1, drafts.node());
        body.getStyleClass().add("home-body");
        root.setTop(header);
        root.setCenter(body);
        drawTiles();
    }

    private static Message officerText(Officer officer) {
        return officer == null ? null : Message.of("home.officer", officer.fullName(), officer.role());
    }

    private static Message counterText(DeviceProfile device) {
        return device == null ? null : Message.of("home.counter", device.officeCode(), device.counterNumber());
    }

    private void drawTiles() {
        tiles.getChildren().setAll(model.today().stream().map(this::tile).toList());
    }

    private VBox tile(HomeViewModel.StateCount row) {
        Label count = new Label(Long.toString(row.count()));
        count.getStyleClass().addAll(Styles.TITLE_1, "count");
        Label state = new Label();
        state.textProperty().bind(i18n.bind("home.state", row.state()));
        VBox tile = new VBox(4, count, state);
        tile.setId("today-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
        tile.getStyleClass().add("count-tile");
        return tile;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        language.attach();
        drafts.attach();
        model.today().addListener(redraw);
        drawTiles();
    }

    @Override
    public void deactivate() {
        language.detach();
        drafts.detach();
        model.today().removeListener(redraw);
    }
}
