package id.loket.desktop.search;

import atlantafx.base.theme.Styles;
import id.loket.core.name.search.ApplicationHit;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.Locale;
import java.util.function.Function;

/** Layout and bindings of the search screen; behaviour lives in {@link SearchViewModel}. */
public final class SearchView implements Screen {

    private final SearchViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<ApplicationHit> table = new TableView<>();

    public SearchView(SearchViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = Forms.label(i18n, "search.title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon(MaterialDesignM.MAGNIFY));
        Button home = new Button();
        home.setId("search-home");
        home.textProperty().bind(i18n.bind("capture.home"));
        home.setGraphic(new FontIcon(MaterialDesignH.HOME));
        home.getStyleClass().add(Styles.LARGE);
        home.setOnAction(e -> model.home());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, spacer, home);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("home-header");

        TextField query = new TextField();
        query.setId("search-query");
        query.promptTextProperty().bind(i18n.bind("search.prompt"));
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button go = new Button();
        go.setId("search-go");
        go.textProperty().bind(i18n.bind("search.go"));
        go.setGraphic(new FontIcon(MaterialDesignM.MAGNIFY));
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(model.calls().busyProperty());
        go.setOnAction(e -> model.search());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(28, 28);
        busy.visibleProperty().bind(model.calls().busyProperty());
        HBox box = new HBox(12, query, go, busy);
        box.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("search-summary");
        summary.textProperty().bind(i18n.bind(model.summaryProperty()));
        Button open = new Button();
        open.setId("search-open");
        open.textProperty().bind(i18n.bind("search.open"));
        open.setGraphic(new FontIcon(MaterialDesignF.FOLDER_OPEN));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox below = new HBox(12, summary, gap, open);
        below.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox body = new VBox(14, box, kinds(), below, table,
                Forms.errorLine(i18n, model.calls().errorProperty(), "search-error"));
        body.getStyleClass().add("home-body");
        root.setTop(header);
        root.setCenter(body);
        root.setId("search-screen");
    }

    private HBox kinds() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(8);
        for (SearchKind k : SearchKind.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("search-kind-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.textProperty().bind(i18n.bind("search.kind", k));
            b.setToggleGroup(group);
            b.setUserData(k);
            b.setSelected(model.kindProperty().get() == k);
            row.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.kindProperty().set((SearchKind) b.getUserData());
            }
        });
        return row;
    }

    private void buildTable() {
        table.setId("search-results");
        table.setItems(model.results());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Forms.label(i18n, "search.empty"));
        table.getColumns().add(column("search.column.name", h -> i18n.bind("search.cell", h.fullName())));
        table.getColumns().add(column("search.column.nik", h -> i18n.bind("search.cell", h.nik())));
        table.getColumns().add(column("search.column.birthDate", h -> h.birthDate() == null
                ? i18n.bind("duplicate.unknown") : i18n.bind("search.cell", h.birthDate())));
        table.getColumns().add(column("search.column.state", h -> i18n.bind("search.cell", h.state())));
        table.getColumns().add(column("search.column.receipt", h -> h.receiptNumber() == null
                ? i18n.bind("search.noReceipt") : i18n.bind("search.cell", h.receiptNumber())));
        table.getColumns().add(column("search.column.score", h -> i18n.bind("search.score", h.score())));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ApplicationHit>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private TableColumn<ApplicationHit, String> column(String key, Function<ApplicationHit, StringBinding> value) {
        TableColumn<ApplicationHit, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cell -> (ObservableValue<String>) value.apply(cell.getValue()));
        c.setSortable(false);
        return c;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        // every text is a binding that follows the language; nothing to attach
    }

    @Override
    public void deactivate() {
        // nothing attached
    }
}
