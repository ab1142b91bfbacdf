package id.loket.desktop.capture;

import atlantafx.base.theme.Styles;
import id.loket.core.application.Application;
import id.loket.core.i18n.Message;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import id.loket.desktop.shell.ScreenHost;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

import java.util.EnumMap;
import java.util.Map;

/**
 * The capture screen: a rail of large step buttons on the left (each with a tick once its data
 * is saved), the current step in the middle, and "save and continue" below. Step views are
 * activated and deactivated as the step changes, like screens in the main window.
 */
public final class CaptureFlowView implements Screen {

    private final CaptureFlowViewModel model;
    private final I18n i18n;
    private final Map<CaptureStep, Screen> views;
    private final Screen hold;
    private final Map<CaptureStep, Button> railButtons = new EnumMap<>(CaptureStep.class);
    private final ScreenHost stepHost = new ScreenHost();
    private final BorderPane root = new BorderPane();
    private final ChangeListener<Object> refresh = (o, a, b) -> refresh();
    private boolean active;

    /**
     * @param hold shown over the step while the flow is held ({@link CaptureFlowViewModel#holdingProperty()}):
     *             the duplicate-applicant decision
     */
    public CaptureFlowView(CaptureFlowViewModel model, I18n i18n, Map<CaptureStep, Screen> views, Screen hold) {
        this.model = model;
        this.i18n = i18n;
        this.views = new EnumMap<>(views);
        this.hold = hold;
        VBox rail = new VBox(8);
        rail.setId("capture-rail");
        rail.getStyleClass().add("capture-rail");
        for (CaptureStep step : CaptureStep.values()) {
            Button b = new Button();
            b.setId("capture-rail-" + step.id());
            b.textProperty().bind(i18n.bind("capture.rail", step.ordinal() + 1, Message.of(step.titleKey())));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("capture-rail-step");
            b.setOnAction(e -> model.goTo(step));
            railButtons.put(step, b);
            rail.getChildren().add(b);
        }

        Label title = new Label();
        title.setId("capture-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> titleOf(model.draftProperty().get()),
                model.draftProperty())));
        Label stepTitle = new Label();
        stepTitle.setId("capture-step-title");
        stepTitle.getStyleClass().add(Styles.TITLE_2);
        stepTitle.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> Message.of(model.stepProperty().get().titleKey()), model.stepProperty())));
        Button home = new Button();
        home.setId("capture-home");
        home.textProperty().bind(i18n.bind("capture.home"));
        home.setGraphic(new FontIcon(MaterialDesignH.HOME));
        home.getStyleClass().add(Styles.LARGE);
        home.setOnAction(e -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, new VBox(2, title, stepTitle), spacer, home);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("capture-header");

        Button next = new Button();
        next.setId("capture-next");
        next.textProperty().bind(i18n.bind("capture.next"));
        next.setGraphic(new FontIcon(MaterialDesignA.ARROW_RIGHT_BOLD));
        next.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.busyProperty().or(model.holdingProperty()));
        next.visibleProperty().bind(model.stepProperty().isNotEqualTo(CaptureStep.REVIEW));
        next.managedProperty().bind(next.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(28, 28);
        busy.visibleProperty().bind(model.busyProperty());
        Label saved = new Label();
        saved.setId("capture-saved");
        saved.getStyleClass().add(Styles.TEXT_MUTED);
        saved.setGraphic(new FontIcon(MaterialDesignC.CLOUD_CHECK_OUTLINE));
        saved.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> model.draftProperty().get() == null
                ? Message.of("capture.notSaved")
                : model.draftProperty().get().state() != id.loket.core.workflow.ApplicationState.DRAFT
                ? Message.of("capture.finalisedAt", model.draftProperty().get().updatedAt())
                : Message.of("capture.saved", model.draftProperty().get().updatedAt()), model.draftProperty())));
        Region footSpacer = new Region();
        HBox.setHgrow(footSpacer, Priority.ALWAYS);
        HBox footer = new HBox(16, saved, footSpacer, busy, next);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("capture-footer");
        VBox bottom = new VBox(8,
                StepPane.messages(i18n, model.problemsProperty(), Styles.DANGER, "capture-problems"),
                Forms.errorLine(i18n, model.errorProperty(), "capture-error"), footer);

        hold.root().visibleProperty().bind(model.holdingProperty());
        hold.root().managedProperty().bind(model.holdingProperty());
        BorderPane centre = new BorderPane(new StackPane(stepHost.node(), hold.root()));
        centre.setTop(header);
        centre.setBottom(bottom);
        centre.getStyleClass().add("capture-centre");
        root.setLeft(rail);
        root.setCenter(centre);
        root.setId("capture-flow");
    }

    private static Message titleOf(Application app) {
        if (app == null || app.applicant() == null) {
            return Message.of("capture.title.new");
        }
        return Message.of("capture.title.draft", app.applicant().fullName());
    }

    private void refresh() {
        if (!active) {
            return;
        }
        CaptureStep current = model.stepProperty().get();
        for (Map.Entry<CaptureStep, Button> e : railButtons.entrySet()) {
            Button b = e.getValue();
            boolean done = model.complete(e.getKey());
            b.setGraphic(new FontIcon(done ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CIRCLE_OUTLINE));
            b.getStyleClass().removeAll("current", "done");
            if (done) {
                b.getStyleClass().add("done");
            }
            if (e.getKey() == current) {
                b.getStyleClass().add("current");
            }
            b.setDisable(!model.reachable(e.getKey()));
        }
        Screen view = views.get(current);
        if (stepHost.currentProperty().get() != view) {
            stepHost.show(view);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        active = true;
        model.stepProperty().addListener(refresh);
        model.draftProperty().addListener(refresh);
        model.holdingProperty().addListener(refresh);
        hold.activate();
        refresh();
    }

    @Override
    public void deactivate() {
        active = false;
        model.stepProperty().removeListener(refresh);
        model.draftProperty().removeListener(refresh);
        model.holdingProperty().removeListener(refresh);
        hold.deactivate();
        Screen current = stepHost.currentProperty().get();
        if (current != null) {
            current.deactivate();
        }
    }

    /** The step view shown now (tests). */
    public Screen currentStepView() {
        return stepHost.currentProperty().get();
    }
}
