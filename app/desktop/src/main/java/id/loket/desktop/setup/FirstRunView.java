package id.loket.desktop.setup;

import atlantafx.base.theme.Styles;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.LanguageSwitch;
import id.loket.desktop.shell.Screen;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.EnumMap;
import java.util.Map;

/** Layout and bindings of the first-run provisioning wizard; all behaviour is in {@link FirstRunViewModel}. */
public final class FirstRunView implements Screen {

    private final FirstRunViewModel model;
    private final StackPane root;
    private final LanguageSwitch language;
    private final StackPane content = new StackPane();
    private final Map<SetupStep, Node> steps = new EnumMap<>(SetupStep.class);
    private final SetupStepViews views;

    public FirstRunView(FirstRunViewModel model, I18n i18n, ProvisioningFileChooser files) {
        this.model = model;
        this.language = new LanguageSwitch(i18n);
        views = new SetupStepViews(model, i18n);
        steps.put(SetupStep.OFFICE, views.office());
        steps.put(SetupStep.CENTRE, views.centre());
        steps.put(SetupStep.FINGERS, views.fingers());
        steps.put(SetupStep.QUOTAS, views.quotas());
        steps.put(SetupStep.ADMINISTRATOR, views.administrator());

        Label title = Forms.label(i18n, "setup.title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label heading = new Label();
        heading.setId("setup-step");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("setup.step",
                        model.stepProperty().get().number(), SetupStep.values().length,
                        model.stepProperty().get()),
                model.stepProperty(), i18n.languageProperty()));

        Button load = button(i18n, "setup.loadFile", "setup-load-file", new FontIcon(MaterialDesignF.FILE_UPLOAD));
        load.setOnAction(e -> files.choose(load.getScene().getWindow(), i18n.text("setup.loadFile.title"))
                .ifPresent(model::loadFile));
        Button back = button(i18n, "setup.back", "setup-back", new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.disableProperty().bind(model.busyProperty().or(model.stepProperty().isEqualTo(SetupStep.OFFICE)));
        back.setOnAction(e -> model.back());
        Button next = new Button();
        next.setId("setup-next");
        next.textProperty().bind(Bindings.when(model.stepProperty().isEqualTo(SetupStep.ADMINISTRATOR))
                .then(i18n.bind("setup.save")).otherwise(i18n.bind("setup.next")));
        next.setGraphic(new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        next.getStyleClass().addAll(Styles.ACCENT);
        next.setDefaultButton(true);
        next.disableProperty().bind(model.busyProperty());
        next.setOnAction(e -> model.next());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, load, gap, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label notice = Forms.errorLine(i18n, model.noticeProperty(), "setup-notice");
        notice.getStyleClass().setAll("label", "notice-line", Styles.SUCCESS);
        var card = Forms.card(language.node(), title, heading, content,
                Forms.errorLine(i18n, model.errorProperty(), "setup-error"), notice, buttons);
        card.setMaxWidth(640);
        StackPane centred = new StackPane(card);
        centred.setAlignment(Pos.CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        root = new StackPane(scroll);
        root.getStyleClass().add("first-run");
        model.stepProperty().addListener((obs, was, now) -> show(now));
        show(model.stepProperty().get());
    }

    private void show(SetupStep step) {
        content.getChildren().setAll(steps.get(step));
        views.firstField(step).requestFocus();
    }

    private static Button button(I18n i18n, String key, String id, FontIcon icon) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.bind(key));
        button.setGraphic(icon);
        return button;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.errorProperty().set(null);
        language.attach();
        model.load();
        show(model.stepProperty().get());
    }

    @Override
    public void deactivate() {
        model.clearSecrets();
        language.detach();
    }
}
