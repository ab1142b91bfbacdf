package id.loket.desktop.capture;

import atlantafx.base.theme.Styles;
import id.loket.core.application.Application;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The home screen's capture part: a big "new application" button and today's unfinished drafts,
 * each a large button that resumes it. Built by the home view; behaviour in {@link DraftsViewModel}.
 */
public final class DraftsPanel {

    private final DraftsViewModel model;
    private final I18n i18n;
    private final Button newApplication = new Button();
    private final VBox list = new VBox(8);
    private final VBox node;
    private final ListChangeListener<Application> redraw = c -> draw();
    private final javafx.beans.value.ChangeListener<Object> relabel = (o, a, b) -> draw();

    public DraftsPanel(DraftsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        newApplication.setId("home-new-application");
        newApplication.textProperty().bind(i18n.bind("home.newApplication"));
        newApplication.setGraphic(new FontIcon(MaterialDesignP.PLUS_BOX));
        newApplication.getStyleClass().addAll(Styles.LARGE, Styles.ACCENT, "home-action");
        newApplication.setOnAction(e -> model.newApplication());
        list.setId("home-drafts");
        Label title = Forms.label(i18n, "home.drafts");
        title.getStyleClass().add(Styles.TITLE_3);
        node = new VBox(12, title, list, Forms.errorLine(i18n, model.errorProperty(), "home-drafts-error"));
    }

    private void draw() {
        if (model.drafts().isEmpty()) {
            Label none = Forms.label(i18n, "home.draftsEmpty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().setAll(none);
            return;
        }
        list.getChildren().setAll(model.drafts().stream().map(this::row).toList());
    }

    private Node row(Application draft) {
        String name = draft.applicant() == null || draft.applicant().fullName() == null
                || draft.applicant().fullName().isBlank() ? i18n.text("home.draftUnnamed") : draft.applicant().fullName();
        Button b = new Button(i18n.text("home.draft", name, draft.updatedAt()));
        b.setId("home-draft-" + draft.id());
        b.getStyleClass().add("home-draft");
        b.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE));
        b.setAlignment(Pos.CENTER_LEFT);
        b.setMaxWidth(640);
        b.setOnAction(e -> model.resume(draft));
        return b;
    }

    /** The "new application" button, placed among the home screen's big actions. */
    public Button newApplicationButton() {
        return newApplication;
    }

    /** The drafts section. */
    public Node node() {
        return node;
    }

    public void attach() {
        model.drafts().addListener(redraw);
        i18n.languageProperty().addListener(relabel);
        draw();
    }

    public void detach() {
        model.drafts().removeListener(redraw);
        i18n.languageProperty().removeListener(relabel);
    }
}
