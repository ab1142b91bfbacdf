package id.loket.desktop.booth;

import atlantafx.base.theme.Styles;
import id.loket.core.booth.BoothEvent;
import id.loket.core.booth.BoothProgress;
import id.loket.core.booth.ListRow;
import id.loket.core.booth.ListedApplicant;
import id.loket.core.i18n.Message;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.LanguageSwitch;
import id.loket.desktop.shell.Screen;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Layout and bindings of the booth screen; behaviour lives in {@link BoothViewModel}. Large
 * buttons (booth laptops are often used without a mouse); the supervisor's quota panel is drawn
 * inside the window like the finger-exception one.
 */
public final class BoothView implements Screen {

    private final BoothViewModel model;
    private final I18n i18n;
    private final Function<Window, Optional<Path>> chooser;
    private final LanguageSwitch language;
    private final StackPane root = new StackPane();
    private final ListView<BoothEvent> events = new ListView<>();
    private final TableView<ListedApplicant> list = new TableView<>();
    private final TableView<ListRow> report = new TableView<>();
    private final QuotaPanel quotaPanel;
    private final ChangeListener<I18n.Language> relabel = (obs, old, now) -> {
        list.refresh();
        report.refresh();
        events.refresh();
    };

    public BoothView(BoothViewModel model, I18n i18n, Function<Window, Optional<Path>> chooser) {
        this.model = model;
        this.i18n = i18n;
        this.chooser = chooser;
        this.language = new LanguageSwitch(i18n);
        this.quotaPanel = new QuotaPanel(i18n, model::raiseQuota);
        BorderPane page = new BorderPane();
        page.setTop(header());
        VBox left = new VBox(12, title("booth.events.title"), eventList(), title("booth.form.title"), form());
        left.setMinWidth(330);
        left.setMaxWidth(330);
        VBox center = eventPane();
        HBox.setHgrow(center, Priority.ALWAYS);
        HBox body = new HBox(20, left, center);
        body.getStyleClass().add("home-body");
        page.setCenter(body);
        root.getChildren().addAll(page, quotaPanel.node());
    }

    private HBox header() {
        Label title = Forms.label(i18n, "booth.title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon(MaterialDesignT.TENT));
        Button home = new Button();
        home.setId("booth-home");
        home.textProperty().bind(i18n.bind("capture.home"));
        home.setGraphic(new FontIcon(MaterialDesignH.HOME));
        home.getStyleClass().add(Styles.LARGE);
        home.setOnAction(e -> model.home());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, spacer, language.node(), home);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("home-header");
        return header;
    }

    private Label title(String key) {
        Label l = Forms.label(i18n, key);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private ListView<BoothEvent> eventList() {
        events.setId("booth-events");
        events.setItems(model.events());
        events.setPrefHeight(170);
        events.setCellFactory(v -> new ListCell<>() {
            private final Label title = new Label();
            private final Label dates = new Label();
            private final VBox box = new VBox(2, title, dates);

            {
                title.setWrapText(true);
                title.getStyleClass().add(Styles.TEXT_BOLD);
                dates.getStyleClass().add(Styles.TEXT_MUTED);
                box.maxWidthProperty().bind(events.widthProperty().subtract(30));
                box.prefWidthProperty().bind(box.maxWidthProperty());
                title.setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(BoothEvent item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                title.setText(item.name());
                dates.setText(i18n.text("booth.event.dates", item.startDate(), item.endDate()));
                setGraphic(box);
            }
        });
        model.selectedProperty().addListener((obs, before, now) -> {
            if (events.getSelectionModel().getSelectedItem() != now) {
                events.getSelectionModel().select(now);
            }
        });
        events.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        return events;
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.nameProperty());
        Forms.row(grid, i18n, "booth.form.name", name, "booth-form-name");
        TextField place = new TextField();
        place.textProperty().bindBidirectional(model.placeProperty());
        Forms.row(grid, i18n, "booth.form.place", place, "booth-form-place");
        grid.addRow(grid.getRowCount(), Forms.label(i18n, "booth.form.start"),
                datePicker(model.startProperty(), "booth-form-start"));
        grid.addRow(grid.getRowCount(), Forms.label(i18n, "booth.form.end"),
                datePicker(model.endProperty(), "booth-form-end"));
        TextField quota = new TextField();
        quota.textProperty().bindBidirectional(model.quotaProperty());
        Forms.row(grid, i18n, "booth.form.quota", quota, "booth-form-quota");
        Button save = new Button();
        save.setId("booth-form-save");
        save.textProperty().bind(i18n.bind("booth.form.save"));
        save.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.disableProperty().bind(model.calls().busyProperty());
        save.setOnAction(e -> model.createEvent());
        VBox box = new VBox(10, grid, save);
        box.getStyleClass().add("queue-card");
        return box;
    }

    private static DatePicker datePicker(javafx.beans.property.ObjectProperty<java.time.LocalDate> value, String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.valueProperty().bindBidirectional(value);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    private VBox eventPane() {
        Label name = new Label();
        name.setId("booth-event-name");
        name.getStyleClass().add(Styles.TITLE_2);
        name.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "" : model.selectedProperty().get().name(), model.selectedProperty()));
        Label where = new Label();
        where.setId("booth-event-where");
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        where.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> {
            BoothEvent e = model.selectedProperty().get();
            return e == null ? Message.of("booth.none") : Message.of("booth.event.where", e.place(), e.startDate(),
                    e.endDate(), e.quota());
        }, model.selectedProperty())));
        Label error = Forms.errorLine(i18n, model.calls().errorProperty(), "booth-error");
        Label notice = Forms.noticeLine(i18n, model.calls().noticeProperty(), "booth-notice");
        error.setMinHeight(Region.USE_PREF_SIZE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        VBox pane = new VBox(12, name, where, progressBox(), actions(), error, notice, listTable(), reportTable());
        VBox.setVgrow(list, Priority.ALWAYS);
        return pane;
    }

    private VBox progressBox() {
        QuotaBar bar = new QuotaBar(model.progressProperty());
        bar.node().setId("booth-progress");
        Label counts = new Label();
        counts.setId("booth-progress-text");
        counts.getStyleClass().add(Styles.TITLE_4);
        counts.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> {
            BoothProgress p = model.progressProperty().get();
            return p == null ? null : Message.of("booth.progress", p.finalised(), p.quota(), p.started(),
                    p.remaining(), p.listed());
        }, model.progressProperty())));
        Label badge = new Label();
        badge.setId("booth-quota-badge");
        badge.getStyleClass().add("lane-badge");
        badge.setWrapText(true);
        badge.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> {
            BoothProgress p = model.progressProperty().get();
            if (p == null) {
                return null;
            }
            return p.full() ? Message.of("booth.badge.full")
                    : p.nearlyFull() ? Message.of("booth.badge.nearlyFull", p.remaining()) : null;
        }, model.progressProperty())));
        model.progressProperty().addListener((obs, before, p) -> {
            badge.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            if (p != null) {
                badge.getStyleClass().add(p.full() ? Styles.DANGER : Styles.WARNING);
            }
        });
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        VBox box = new VBox(8, counts, bar.node(), badge);
        box.getStyleClass().add("queue-card");
        return box;
    }

    private HBox actions() {
        var chosen = list.getSelectionModel().selectedItemProperty();
        Button start = button("booth-start-capture", "booth.startCapture", new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(chosen.isNull().or(model.calls().busyProperty()));
        start.setOnAction(e -> model.startCapture(chosen.get()));
        Button importList = button("booth-import", "booth.import", new FontIcon(MaterialDesignF.FILE_UPLOAD_OUTLINE));
        importList.disableProperty().bind(model.selectedProperty().isNull().or(model.calls().busyProperty()));
        importList.setOnAction(e -> chooser.apply(root.getScene().getWindow()).ifPresent(model::importCsv));
        Button raise = button("booth-raise-quota", "booth.raiseQuota", new FontIcon(MaterialDesignS.SHIELD_ACCOUNT));
        raise.disableProperty().bind(model.selectedProperty().isNull().or(model.calls().busyProperty()));
        raise.setOnAction(e -> quotaPanel.open(i18n.text("booth.quotaPanel.title",
                model.selectedProperty().get().name(), model.selectedProperty().get().quota())));
        HBox box = new HBox(12, start, importList, raise);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String id, String key, FontIcon icon) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.setGraphic(icon);
        b.getStyleClass().add(Styles.LARGE);
        return b;
    }

    private TableView<ListedApplicant> listTable() {
        list.setId("booth-list");
        list.setItems(model.applicants());
        list.setPlaceholder(Forms.label(i18n, "booth.list.empty"));
        list.getColumns().setAll(
                column("booth.list.name", ListedApplicant::fullName, 220),
                column("booth.list.birthDate", a -> i18n.text("queue.date", a.birthDate()), 140),
                column("booth.list.nik", ListedApplicant::nik, 170),
                column("booth.list.status", this::captureText, 230));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setMinHeight(160);
        list.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ListedApplicant>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.startCapture(row.getItem());
                }
            });
            return row;
        });
        return list;
    }

    private String captureText(ListedApplicant a) {
        if (a.state() == null) {
            return i18n.text("booth.list.notStarted");
        }
        return a.state() == id.loket.core.workflow.ApplicationState.DRAFT ? i18n.text("booth.list.inProgress")
                : i18n.text("booth.list.state", a.state());
    }

    private TableView<ListRow> reportTable() {
        report.setId("booth-report");
        report.setItems(model.report());
        report.getColumns().setAll(
                column("queue.report.line", r -> Integer.toString(r.line()), 70),
                column("booth.list.name", ListRow::fullName, 200),
                column("queue.report.outcome", r -> i18n.text("queue.report.result", r.outcome()), 130),
                column("queue.report.reasons", r -> Stream.of(r.reasons(), r.warnings()).flatMap(java.util.List::stream)
                        .map(i18n::render).collect(Collectors.joining(String.valueOf(' '))), 500));
        report.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        report.setPrefHeight(150);
        report.visibleProperty().bind(Bindings.isNotEmpty(model.report()));
        report.managedProperty().bind(report.visibleProperty());
        return report;
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        return Forms.column(i18n, key, value, width);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        language.attach();
        i18n.languageProperty().addListener(relabel);
        relabel.changed(null, null, null);
    }

    @Override
    public void deactivate() {
        language.detach();
        i18n.languageProperty().removeListener(relabel);
        quotaPanel.close();
    }
}
