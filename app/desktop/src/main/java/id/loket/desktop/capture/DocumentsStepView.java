package id.loket.desktop.capture;

import atlantafx.base.theme.Styles;
import id.loket.core.application.DocumentRecord;
import id.loket.core.application.DocumentType;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.Locale;

/** The document checklist: one row per document with buttons to import a scan or to record that the original was seen. */
public final class DocumentsStepView implements Screen {

    private final DocumentsStepViewModel model;
    private final I18n i18n;
    private final FilePicker files;
    private final VBox rows = new VBox(8);
    private final ScrollPane root;
    private final ListChangeListener<DocumentRecord> redrawDocs = c -> draw();
    private final javafx.beans.value.ChangeListener<Object> redraw = (o, a, b) -> draw();

    public DocumentsStepView(DocumentsStepViewModel model, I18n i18n, FilePicker files) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        rows.setId("capture-documents");
        VBox missing = StepPane.messages(i18n, model.missingProperty(), Styles.WARNING, "capture-documents-missing");
        VBox content = new VBox(16,
                StepPane.section(i18n, "capture.documents.title", rows),
                missing,
                Forms.errorLine(i18n, model.errorProperty(), "capture-documents-error"));
        content.getStyleClass().add("capture-step");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    private void draw() {
        rows.getChildren().setAll(model.checklistProperty().get().stream().map(this::row).toList());
    }

    private HBox row(DocumentType type) {
        DocumentRecord rec = model.recorded(type);
        String id = type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        FontIcon icon = new FontIcon(rec == null ? MaterialDesignF.FILE_OUTLINE : MaterialDesignC.CHECK_CIRCLE);
        icon.getStyleClass().add(rec == null ? "doc-missing" : "doc-done");
        Label name = new Label(i18n.text("capture.enum", type));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label status = new Label(rec == null ? i18n.text("capture.documents.notRecorded")
                : rec.imageHash() == null ? i18n.text("capture.documents.seen")
                : i18n.text("capture.documents.scanned", rec.note() == null ? "" : rec.note()));
        status.setId("capture-doc-status-" + id);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        VBox text = new VBox(2, name, status);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importing = new Button();
        importing.setId("capture-doc-import-" + id);
        importing.textProperty().bind(i18n.bind("capture.documents.import"));
        importing.setGraphic(new FontIcon(MaterialDesignF.FILE_UPLOAD));
        importing.setOnAction(e -> files.openDocument(root.getScene().getWindow())
                .ifPresent(path -> model.importFile(type, path)));
        Button seen = new Button();
        seen.setId("capture-doc-seen-" + id);
        seen.textProperty().bind(i18n.bind("capture.documents.markSeen"));
        seen.setGraphic(new FontIcon(MaterialDesignE.EYE_CHECK));
        seen.setOnAction(e -> model.markSeen(type));
        HBox row = new HBox(12, icon, text, spacer, importing, seen);
        Button remove = new Button();
        remove.setId("capture-doc-remove-" + id);
        remove.setGraphic(new FontIcon(MaterialDesignC.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.DANGER);
        remove.setOnAction(e -> model.remove(type));
        remove.setVisible(rec != null);
        row.getChildren().add(remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("doc-row");
        return row;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.documents().addListener(redrawDocs);
        model.checklistProperty().addListener(redraw);
        i18n.languageProperty().addListener(redraw);
        draw();
    }

    @Override
    public void deactivate() {
        model.documents().removeListener(redrawDocs);
        model.checklistProperty().removeListener(redraw);
        i18n.languageProperty().removeListener(redraw);
    }
}
