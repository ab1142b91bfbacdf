package id.loket.desktop.calllist;

import atlantafx.base.theme.Styles;
import id.loket.core.calllist.CallList;
import id.loket.core.calllist.Contact;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Layout and bindings of the call list; behaviour lives in {@link CallListViewModel}. */
public final class CallListView implements Screen {

    private final CallListViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<Contact> table = new TableView<>();
    private final ChangeListener<I18n.Language> relabel = (obs, old, now) -> table.refresh();

    /** @param saveChooser asks where to save the CSV file; empty when cancelled */
    public CallListView(CallListViewModel model, I18n i18n, Function<Window, Optional<Path>> saveChooser) {
        this.model = model;
        this.i18n = i18n;
        Label title = Forms.label(i18n, "calllist.title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon(MaterialDesignP.PHONE_OUTGOING));
        Button home = new Button();
        home.setId("calllist-home");
        home.textProperty().bind(i18n.bind("capture.home"));
        home.setGraphic(new FontIcon(MaterialDesignH.HOME));
        home.getStyleClass().add(Styles.LARGE);
        home.setOnAction(e -> model.home());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, spacer, home);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("home-header");

        Label hint = Forms.label(i18n, "calllist.hint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button export = new Button();
        export.setId("calllist-export");
        export.textProperty().bind(i18n.bind("calllist.export"));
        export.setGraphic(new FontIcon(MaterialDesignF.FILE_DOWNLOAD_OUTLINE));
        export.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        export.disableProperty().bind(model.calls().busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.contacts())));
        export.setOnAction(e -> saveChooser.apply(root.getScene().getWindow()).ifPresent(model::exportCsv));
        Button marked = new Button();
        marked.setId("calllist-mark-called");
        marked.textProperty().bind(i18n.bind("calllist.markCalled"));
        marked.setGraphic(new FontIcon(MaterialDesignP.PHONE_CHECK));
        marked.getStyleClass().add(Styles.LARGE);
        var chosen = table.getSelectionModel().selectedItemProperty();
        marked.disableProperty().bind(chosen.isNull().or(model.calls().busyProperty()));
        marked.setOnAction(e -> model.markCalled(chosen.get()));
        HBox actions = new HBox(12, export, marked);

        table.setId("calllist-table");
        table.setItems(model.contacts());
        table.setPlaceholder(Forms.label(i18n, "calllist.empty"));
        table.getColumns().setAll(
                column("calllist.column.name", Contact::fullName, 190),
                column("calllist.column.phone", c -> c.phone() == null ? i18n.text("calllist.noPhone") : c.phone(), 150),
                column("calllist.column.status", c -> i18n.text("calllist.status", c.status()), 150),
                column("calllist.column.reference", Contact::reference, 200),
                wrapping(column("calllist.column.message", CallList::text, 600)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox body = new VBox(12, hint, actions, Forms.errorLine(i18n, model.calls().errorProperty(), "calllist-error"),
                Forms.noticeLine(i18n, model.calls().noticeProperty(), "calllist-notice"), table);
        body.getStyleClass().add("home-body");
        root.setTop(header);
        root.setCenter(body);
    }

    /** Lets a column's text wrap over as many lines as it needs, so the whole message can be read. */
    private static <S> TableColumn<S, String> wrapping(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(widthProperty().subtract(16));
                text.getStyleClass().add("wrapping-cell-text");
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? null : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        return column;
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
        i18n.languageProperty().addListener(relabel);
        table.refresh();
    }

    @Override
    public void deactivate() {
        i18n.languageProperty().removeListener(relabel);
    }
}
