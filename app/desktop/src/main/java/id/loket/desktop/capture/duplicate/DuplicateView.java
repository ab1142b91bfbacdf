package id.loket.desktop.capture.duplicate;

import atlantafx.base.theme.Styles;
import id.loket.core.i18n.Message;
import id.loket.desktop.capture.duplicate.DuplicateViewModel.Verdict;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.util.List;

/**
 * The side-by-side decision: the applicant being captured on the left, each stored application
 * that may be the same person beside it with "same person" / "different person"; after "same
 * person", the reason and the two ways out. Shown over the capture step while the flow is held.
 */
public final class DuplicateView implements Screen {

    private final DuplicateViewModel model;
    private final I18n i18n;
    private final ScrollPane root;
    private final HBox cards = new HBox(16);
    private final InvalidationListener redraw = o -> drawCards();

    public DuplicateView(DuplicateViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label();
        title.textProperty().bind(i18n.bind("duplicate.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_MULTIPLE_CHECK));
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("duplicate.hint"));
        hint.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label checking = new Label();
        checking.textProperty().bind(i18n.bind("duplicate.checking"));
        checking.setGraphic(spinner);
        checking.setId("duplicate-checking");
        checking.visibleProperty().bind(model.checkingProperty());
        checking.managedProperty().bind(checking.visibleProperty());
        cards.setId("duplicate-cards");
        cards.setAlignment(Pos.TOP_LEFT);
        Button retry = button("duplicate-retry", "duplicate.retry", MaterialDesignU.UPDATE, Styles.ACCENT);
        retry.setOnAction(e -> model.check());
        retry.visibleProperty().bind(model.caseProperty().isNull().and(model.checkingProperty().not())
                .and(model.calls().errorProperty().isNotNull()));
        retry.managedProperty().bind(retry.visibleProperty());

        VBox content = new VBox(16, title, hint, checking, cards, samePersonPanel(),
                Forms.errorLine(i18n, model.calls().errorProperty(), "duplicate-error"), retry);
        content.getStyleClass().add("duplicate-review");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("duplicate-review");
        root.getStyleClass().add("duplicate-overlay");
    }

    private VBox samePersonPanel() {
        Label verdict = new Label();
        verdict.setId("duplicate-same-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        verdict.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> model.samePersonProperty().get() == null
                ? null : Message.of("duplicate.sameVerdict", model.samePersonProperty().get().summary().number(),
                model.samePersonProperty().get().summary().state()), model.samePersonProperty())));
        TextField reason = new TextField();
        reason.setId("duplicate-reason");
        reason.promptTextProperty().bind(i18n.bind("duplicate.reasonPrompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Button open = button("duplicate-open-existing", "duplicate.openExisting", MaterialDesignA.ARROW_RIGHT_BOLD,
                Styles.ACCENT);
        open.setOnAction(e -> model.cancelAndOpenExisting());
        Button home = button("duplicate-cancel-home", "duplicate.cancelHome", MaterialDesignH.HOME, Styles.DANGER);
        home.setOnAction(e -> model.cancelAndGoHome());
        Button back = button("duplicate-reconsider", "duplicate.reconsider", MaterialDesignU.UNDO, Styles.FLAT);
        back.setOnAction(e -> model.reconsider());
        for (Button b : List.of(open, home, back)) {
            b.disableProperty().bind(model.calls().busyProperty());
        }
        HBox actions = new HBox(12, open, home, back);
        VBox panel = new VBox(10, verdict, Forms.label(i18n, "duplicate.reasonLabel"), reason, actions);
        panel.setId("duplicate-same-panel");
        panel.getStyleClass().add("duplicate-same-panel");
        panel.visibleProperty().bind(model.samePersonProperty().isNotNull());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    private void drawCards() {
        DuplicateCase shown = model.caseProperty().get();
        cards.getChildren().clear();
        if (shown == null) {
            return;
        }
        cards.getChildren().add(SummaryCard.of(i18n, shown.current(), "duplicate.current", "current"));
        for (int i = 0; i < shown.candidates().size(); i++) {
            cards.getChildren().add(candidateCard(shown.candidates().get(i), i));
        }
    }

    private VBox candidateCard(DuplicateCase.Candidate c, int i) {
        VBox card = SummaryCard.of(i18n, c.summary(), "duplicate.candidate", String.valueOf(i));
        card.getChildren().add(SummaryCard.why(i18n, c, String.valueOf(i)));
        Verdict verdict = model.verdicts().get(c.summary().id());
        if (verdict != null) {
            Label decided = new Label();
            decided.setId("duplicate-decided-" + i);
            decided.textProperty().bind(i18n.bind("duplicate.decided", verdict));
            decided.getStyleClass().add(verdict == Verdict.SAME_PERSON ? Styles.DANGER : Styles.SUCCESS);
            card.getChildren().add(decided);
            card.getStyleClass().add(verdict == Verdict.SAME_PERSON ? "same" : "different");
            return card;
        }
        Button same = button("duplicate-same-" + i, "duplicate.samePerson", MaterialDesignA.ACCOUNT_CHECK, Styles.DANGER);
        same.setOnAction(e -> model.decide(c, Verdict.SAME_PERSON));
        Button different = button("duplicate-different-" + i, "duplicate.differentPerson",
                MaterialDesignC.CLOSE_CIRCLE_OUTLINE, Styles.SUCCESS);
        different.setOnAction(e -> model.decide(c, Verdict.DIFFERENT_PERSON));
        for (Button b : List.of(same, different)) {
            b.disableProperty().bind(model.calls().busyProperty().or(model.samePersonProperty().isNotNull()));
            b.setMaxWidth(Double.MAX_VALUE);
        }
        card.getChildren().add(new VBox(8, same, different));
        return card;
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon, String style) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().add(style);
        return b;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.caseProperty().addListener(redraw);
        model.verdicts().addListener(redraw);
        model.samePersonProperty().addListener(redraw);
        i18n.languageProperty().addListener(redraw);
        drawCards();
    }

    @Override
    public void deactivate() {
        model.caseProperty().removeListener(redraw);
        model.verdicts().removeListener(redraw);
        model.samePersonProperty().removeListener(redraw);
        i18n.languageProperty().removeListener(redraw);
    }
}
