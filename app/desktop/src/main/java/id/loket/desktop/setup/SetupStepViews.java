package id.loket.desktop.setup;

import atlantafx.base.theme.Styles;
import id.loket.core.application.Lane;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerSet;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;

/** The content of each wizard step: fields bound to {@link FirstRunViewModel}, problems under them. */
final class SetupStepViews {

    private static final List<Finger> LEFT_HAND = List.of(Finger.LEFT_THUMB, Finger.LEFT_INDEX, Finger.LEFT_MIDDLE,
            Finger.LEFT_RING, Finger.LEFT_LITTLE);
    private static final List<Finger> RIGHT_HAND = List.of(Finger.RIGHT_THUMB, Finger.RIGHT_INDEX, Finger.RIGHT_MIDDLE,
            Finger.RIGHT_RING, Finger.RIGHT_LITTLE);

    private final FirstRunViewModel model;
    private final ProvisioningForm form;
    /** Where the keyboard goes on each step (booth laptops have no mouse). */
    private final java.util.Map<SetupStep, Node> firstFields = new java.util.EnumMap<>(SetupStep.class);
    private final I18n i18n;

    SetupStepViews(FirstRunViewModel model, I18n i18n) {
        this.model = model;
        this.form = model.form();
        this.i18n = i18n;
    }

    Node office() {
        GridPane grid = FieldRows.grid();
        TextField code = first(SetupStep.OFFICE, bound(model.officeCodeProperty(), "setup.officeCode.prompt"));
        FieldRows.row(grid, i18n, "setup.officeCode", code, "setup-office", form.problem("officeCode"), "officeCode");
        FieldRows.row(grid, i18n, "setup.officeName", bound(model.officeNameProperty(), "setup.officeName.prompt"),
                "setup-office-name", form.problem("officeName"), "officeName");
        FieldRows.row(grid, i18n, "setup.counter", bound(model.counterNumberProperty(), "setup.counter.prompt"),
                "setup-counter", form.problem("counter"), "counter");
        return new VBox(8, hint("setup.office.hint"), grid);
    }

    Node centre() {
        GridPane grid = FieldRows.grid();
        FieldRows.row(grid, i18n, "setup.centreUrl", first(SetupStep.CENTRE, bound(model.centreUrlProperty(),
                "setup.centreUrl.prompt")), "setup-centre-url", form.problem("centreUrl"), "centreUrl");
        TextField token = bound(model.enrollmentTokenProperty(), "setup.token.prompt");
        token.disableProperty().bind(model.offlineProperty());
        FieldRows.row(grid, i18n, "setup.token", token, "setup-token", form.problem("enrollmentToken"),
                "enrollmentToken");
        CheckBox offline = new CheckBox();
        offline.setId("setup-offline");
        offline.textProperty().bind(i18n.bind("setup.offline"));
        offline.selectedProperty().bindBidirectional(model.offlineProperty());
        Label enrolled = new Label();
        enrolled.setId("setup-enrolled");
        enrolled.setWrapText(true);
        enrolled.getStyleClass().add(Styles.SUCCESS);
        enrolled.textProperty().bind(Bindings.createStringBinding(() -> model.enrolledCentreProperty().get() == null
                        ? "" : i18n.text("setup.enrolled", model.enrolledCentreProperty().get()),
                model.enrolledCentreProperty(), i18n.languageProperty()));
        enrolled.visibleProperty().bind(enrolled.textProperty().isNotEmpty());
        enrolled.managedProperty().bind(enrolled.visibleProperty());
        return new VBox(10, hint("setup.centre.hint"), grid, offline, enrolled);
    }

    Node fingers() {
        HBox presets = new HBox(8, preset("setup.fingers.two", FingerSet.TWO_INDEX, "setup-fingers-two"),
                preset("setup.fingers.four", FingerSet.FOUR, "setup-fingers-four"),
                preset("setup.fingers.ten", FingerSet.TEN, "setup-fingers-ten"));
        GridPane hands = FieldRows.grid();
        hands.setHgap(32);
        hands.add(Forms.label(i18n, "setup.fingers.left"), 0, 0);
        hands.add(Forms.label(i18n, "setup.fingers.right"), 1, 0);
        for (int i = 0; i < LEFT_HAND.size(); i++) {
            hands.add(fingerBox(LEFT_HAND.get(i)), 0, i + 1);
            hands.add(fingerBox(RIGHT_HAND.get(i)), 1, i + 1);
        }
        Label fingersProblem = Forms.errorLine(i18n, form.problem("fingers"), "setup-problem-fingers");
        GridPane threshold = FieldRows.grid();
        FieldRows.row(threshold, i18n, "setup.threshold", first(SetupStep.FINGERS, bound(model.qualityThresholdProperty(),
                "setup.threshold.prompt")), "setup-threshold", form.problem("qualityThreshold"), "qualityThreshold");
        return new VBox(10, hint("setup.fingers.hint"), presets, hands, fingersProblem, threshold);
    }

    Node quotas() {
        GridPane grid = FieldRows.grid();
        for (Lane lane : Lane.values()) {
            TextField field = bound(form.quota(lane), null);
            firstFields.putIfAbsent(SetupStep.QUOTAS, field);
            String path = "laneQuotas." + lane.name();
            Label label = new Label();
            label.textProperty().bind(i18n.bind("setup.name", lane));
            label.setLabelFor(field);
            field.setId("setup-quota-" + lane.name());
            field.setPrefColumnCount(6);
            grid.addRow(grid.getRowCount(), label, field);
            FieldRows.problemLine(grid, i18n, form.problem(path), path);
            form.problem(path).addListener((o, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER,
                    now != null));
        }
        return new VBox(10, hint("setup.quotas.hint"), grid);
    }

    Node administrator() {
        GridPane grid = FieldRows.grid();
        grid.setVgap(12);
        TextField username = first(SetupStep.ADMINISTRATOR, bound(model.usernameProperty(), null));
        TextField fullName = bound(model.fullNameProperty(), null);
        PasswordField password = new PasswordField();
        PasswordField confirmation = new PasswordField();
        password.textProperty().bindBidirectional(model.passwordProperty());
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        password.promptTextProperty().bind(i18n.bind("setup.password.prompt", FirstRunViewModel.MIN_PASSWORD));
        Forms.row(grid, i18n, "setup.username", username, "setup-username");
        Forms.row(grid, i18n, "setup.fullName", fullName, "setup-fullname");
        Forms.row(grid, i18n, "setup.password", password, "setup-password");
        Forms.row(grid, i18n, "setup.confirmation", confirmation, "setup-confirmation");
        return new VBox(10, hint("setup.administrator.hint"), grid);
    }

    /** The field the keyboard goes to when the step shows. */
    Node firstField(SetupStep step) {
        return firstFields.get(step);
    }

    private TextField first(SetupStep step, TextField field) {
        firstFields.put(step, field);
        return field;
    }

    private TextField bound(javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        if (promptKey != null) {
            field.promptTextProperty().bind(i18n.bind(promptKey));
        }
        return field;
    }

    private CheckBox fingerBox(Finger finger) {
        CheckBox box = new CheckBox();
        box.setId("setup-finger-" + finger.name());
        box.textProperty().bind(i18n.bind("setup.name", finger));
        box.selectedProperty().bindBidirectional(form.finger(finger));
        return box;
    }

    private Button preset(String key, FingerSet set, String id) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.bind(key));
        button.setOnAction(e -> form.choose(set));
        return button;
    }

    private Label hint(String key) {
        Label hint = Forms.label(i18n, key);
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return hint;
    }
}
