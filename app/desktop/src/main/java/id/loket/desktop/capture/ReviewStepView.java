package id.loket.desktop.capture;

import atlantafx.base.theme.Styles;
import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.receipt.ReceiptData;
import id.loket.core.receipt.Rupiah;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.stream.Collectors;

/** Review and finalise: a summary of everything captured, core's refusals, finalise, the receipt. */
public final class ReviewStepView implements Screen {

    private final ReviewStepViewModel model;
    private final I18n i18n;
    private final GridPane summary = StepPane.grid();
    private final BorderPane root;
    private final ChangeListener<Object> redraw = (o, a, b) -> draw();

    public ReviewStepView(ReviewStepViewModel model, I18n i18n, FilePicker files) {
        this.model = model;
        this.i18n = i18n;
        summary.setId("capture-summary");
        Button finalise = new Button();
        finalise.setId("capture-finalise");
        finalise.textProperty().bind(i18n.bind("capture.review.finalise"));
        finalise.setGraphic(new FontIcon(MaterialDesignC.CHECK_DECAGRAM));
        finalise.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        finalise.setOnAction(e -> model.finalise());
        finalise.visibleProperty().bind(model.finalisedProperty().isNull());
        finalise.managedProperty().bind(finalise.visibleProperty());
        Button open = new Button();
        open.setId("capture-receipt-open");
        open.textProperty().bind(i18n.bind("capture.review.openReceipt"));
        open.setGraphic(new FontIcon(MaterialDesignF.FILE_PDF_BOX));
        open.getStyleClass().add(Styles.LARGE);
        open.setOnAction(e -> model.openReceipt());
        Button save = new Button();
        save.setId("capture-receipt-save");
        save.textProperty().bind(i18n.bind("capture.review.saveReceipt"));
        save.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.getStyleClass().add(Styles.LARGE);
        save.setOnAction(e -> files.saveReceipt(save.getScene().getWindow(),
                        model.receiptProperty().get().getFileName().toString())
                .ifPresent(model::saveReceiptAs));
        HBox receiptButtons = new HBox(12, open, save);
        receiptButtons.visibleProperty().bind(model.receiptProperty().isNotNull());
        receiptButtons.managedProperty().bind(receiptButtons.visibleProperty());
        Label notice = new Label();
        notice.setId("capture-review-notice");
        notice.getStyleClass().addAll(Styles.SUCCESS, Styles.TITLE_4);
        notice.textProperty().bind(i18n.bind(model.noticeProperty()));
        VBox content = new VBox(16,
                StepPane.section(i18n, "capture.review.title", summary),
                StepPane.messages(i18n, model.refusalsProperty(), Styles.DANGER, "capture-review-refusals"));
        content.getStyleClass().add("capture-step");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        HBox actions = new HBox(12, finalise, receiptButtons);
        VBox bottom = new VBox(8, notice, actions, Forms.errorLine(i18n, model.errorProperty(), "capture-review-error"));
        bottom.getStyleClass().add("capture-review-actions");
        root = new BorderPane(scroll);
        root.setBottom(bottom);
        root.setId("capture-review");
    }

    private void draw() {
        summary.getChildren().clear();
        Application app = model.shownProperty().get();
        if (app == null) {
            return;
        }
        Applicant a = app.applicant();
        row("capture.review.receiptNumber", app.receiptNumber() == null ? i18n.text("capture.review.noReceipt") : app.receiptNumber());
        row("capture.review.state", i18n.text("capture.enum", app.state()));
        if (a != null) {
            row("capture.applicant.nik", ReceiptData.maskNik(a.nik()));
            row("capture.applicant.fullName", a.fullName());
            row("capture.applicant.passportName", a.passportName());
            row("capture.review.born", i18n.text("capture.review.bornValue", a.placeOfBirth(), a.birthDate()));
            row("capture.applicant.sex", i18n.text("capture.enum", a.sex()));
        }
        row("capture.applicant.kind", i18n.text("capture.enum", app.kind()));
        row("capture.applicant.passportType", i18n.text("capture.enum", app.passportType()));
        row("capture.applicant.service", i18n.text("capture.enum", app.service()));
        row("capture.applicant.purpose", i18n.text("capture.enum", app.purpose()));
        row("capture.applicant.lane", i18n.text("capture.enum", app.lane()));
        row("capture.step.documents", app.documents().stream()
                .map(d -> i18n.text("capture.enum", d.type())).collect(Collectors.joining(i18n.text("capture.review.separator"))));
        row("capture.step.photo", app.photo() == null ? i18n.text("capture.review.none")
                : i18n.text("capture.review.photoValue", app.photo().width(), app.photo().height()));
        row("capture.step.fingerprints", app.fingerprints().fingers().stream()
                .map(this::finger).collect(Collectors.joining(i18n.text("capture.review.separator"))));
        row("capture.step.interview", app.interview() == null ? i18n.text("capture.review.none")
                : i18n.text("capture.review.interviewValue", app.interview().interviewedBy(),
                app.interview().notes() == null ? "" : app.interview().notes()));
        row("capture.step.payment", app.payment() == null ? i18n.text("capture.review.none")
                : i18n.text(app.payment().paid() ? "capture.review.paidValue" : "capture.review.billedValue",
                Rupiah.format(app.payment().amount()), app.payment().billingCode()));
    }

    private String finger(FingerCapture f) {
        return f.quality() == null ? i18n.text("capture.review.fingerValue", f.finger(), f.status())
                : i18n.text("capture.review.fingerQuality", f.finger(), f.status(), f.quality());
    }

    private void row(String key, String value) {
        Label v = new Label(value == null ? "" : value);
        v.setWrapText(true);
        StepPane.row(summary, i18n, key, v);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.shownProperty().addListener(redraw);
        i18n.languageProperty().addListener(redraw);
        draw();
    }

    @Override
    public void deactivate() {
        model.shownProperty().removeListener(redraw);
        i18n.languageProperty().removeListener(redraw);
    }
}
