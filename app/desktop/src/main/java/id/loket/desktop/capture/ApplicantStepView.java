package id.loket.desktop.capture;

import atlantafx.base.theme.Styles;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Lane;
import id.loket.core.application.PassportType;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.i18n.Message;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.ArrayList;
import java.util.List;

/**
 * The applicant form. ControlsFX decorations mark each field live: NIK errors as errors, a NIK
 * that disagrees with the birth date or sex as a warning, name rules from core; the fee line
 * follows the fee table. Behaviour lives in {@link ApplicantStepViewModel}.
 */
public final class ApplicantStepView implements Screen {

    private final ApplicantStepViewModel model;
    private final I18n i18n;
    private final ScrollPane root;
    private final ValidationSupport validation = new ValidationSupport();
    private final InvalidationListener revalidate;
    private final TextField nik = field("capture-nik");
    private final TextField fullName = field("capture-fullname");
    private final TextField passportName = field("capture-passportname");
    private final TextField birthDate = field("capture-birthdate");

    public ApplicantStepView(ApplicantStepViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        TextField place = field("capture-birthplace");
        TextField address = field("capture-address");
        TextField phone = field("capture-phone");
        birthDate.promptTextProperty().bind(i18n.bind("capture.applicant.datePrompt"));
        nik.textProperty().bindBidirectional(model.nikProperty());
        fullName.textProperty().bindBidirectional(model.fullNameProperty());
        passportName.textProperty().bindBidirectional(model.passportNameProperty());
        place.textProperty().bindBidirectional(model.placeOfBirthProperty());
        birthDate.textProperty().bindBidirectional(model.birthDateTextProperty());
        address.textProperty().bindBidirectional(model.addressProperty());
        phone.textProperty().bindBidirectional(model.phoneProperty());

        ToggleGroup sexes = new ToggleGroup();
        HBox sex = new HBox(8);
        for (Sex s : Sex.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("capture-sex-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.textProperty().bind(i18n.bind("capture.enum", s));
            b.setToggleGroup(sexes);
            b.setUserData(s);
            sex.getChildren().add(b);
        }
        model.sexProperty().addListener((o, a, b) -> sexes.getToggles().forEach(t -> t.setSelected(t.getUserData() == b)));
        sexes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.sexProperty().set((Sex) b.getUserData());
            }
        });
        CheckBox married = new CheckBox();
        married.setId("capture-married");
        married.textProperty().bind(i18n.bind("capture.applicant.married"));
        married.selectedProperty().bindBidirectional(model.marriedProperty());

        var kind = StepPane.choice(i18n, ApplicationKind.values(), "capture-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        var type = StepPane.choice(i18n, PassportType.values(), "capture-passporttype");
        type.valueProperty().bindBidirectional(model.passportTypeProperty());
        var purpose = StepPane.choice(i18n, Purpose.values(), "capture-purpose");
        purpose.valueProperty().bindBidirectional(model.purposeProperty());
        var lane = StepPane.choice(i18n, Lane.values(), "capture-lane");
        lane.valueProperty().bindBidirectional(model.laneProperty());
        ToggleGroup services = new ToggleGroup();
        HBox service = new HBox(8);
        for (ServiceLevel s : ServiceLevel.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("capture-service-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.textProperty().bind(i18n.bind("capture.enum", s));
            b.setToggleGroup(services);
            b.setUserData(s);
            b.setSelected(model.serviceProperty().get() == s);
            service.getChildren().add(b);
        }
        model.serviceProperty().addListener((o, a, b) -> services.getToggles().forEach(t -> t.setSelected(t.getUserData() == b)));
        services.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.serviceProperty().set((ServiceLevel) b.getUserData());
            }
        });

        GridPane person = StepPane.grid();
        StepPane.row(person, i18n, "capture.applicant.nik", nik);
        StepPane.row(person, i18n, "capture.applicant.fullName", fullName);
        StepPane.row(person, i18n, "capture.applicant.passportName", passportName);
        StepPane.row(person, i18n, "capture.applicant.placeOfBirth", place);
        StepPane.row(person, i18n, "capture.applicant.birthDate", birthDate);
        StepPane.row(person, i18n, "capture.applicant.sex", sex);
        StepPane.row(person, i18n, "capture.applicant.maritalStatus", married);
        StepPane.row(person, i18n, "capture.applicant.address", address);
        StepPane.row(person, i18n, "capture.applicant.phone", phone);
        GridPane application = StepPane.grid();
        StepPane.row(application, i18n, "capture.applicant.kind", kind);
        StepPane.row(application, i18n, "capture.applicant.passportType", type);
        Label serviceProblem = Forms.errorLine(i18n, model.serviceProblem(), "capture-service-error");
        serviceProblem.setMaxWidth(560);
        StepPane.row(application, i18n, "capture.applicant.service", new VBox(6, service, serviceProblem));
        StepPane.row(application, i18n, "capture.applicant.purpose", purpose);
        StepPane.row(application, i18n, "capture.applicant.lane", lane);

        Label fee = new Label();
        fee.setId("capture-fee");
        fee.getStyleClass().addAll(Styles.TITLE_4, "capture-fee");
        fee.textProperty().bind(i18n.bind(Bindings.createObjectBinding(() -> StepPane.feeText(model.fee().get()), model.fee())));

        VBox nikNotes = StepPane.messages(i18n, Bindings.createObjectBinding(
                () -> model.nikCheck().get().warnings(), model.nikCheck()), Styles.WARNING, "capture-nik-warnings");
        VBox nameNotes = StepPane.messages(i18n, Bindings.createObjectBinding(
                () -> model.nameCheck().get().notes(), model.nameCheck()), Styles.TEXT_MUTED, "capture-name-notes");
        VBox content = new VBox(20,
                StepPane.section(i18n, "capture.applicant.person", person, nikNotes, nameNotes),
                StepPane.section(i18n, "capture.applicant.application", application, fee));
        content.getStyleClass().add("capture-step");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("capture-applicant");

        validation.registerValidator(nik, false, (Control c, String v) -> result(c,
                model.nikCheck().get().errors(), model.nikCheck().get().warnings()));
        validation.registerValidator(passportName, false, (Control c, String v) -> result(c,
                model.nameCheck().get().errors(), List.of()));
        validation.registerValidator(birthDate, false, (Control c, String v) -> result(c,
                model.birthDateProblem().get() == null || v == null || v.isBlank() ? List.of()
                        : List.of(model.birthDateProblem().get()), List.of()));
        validation.setValidationDecorator(new ReadableDecoration());
        revalidate = o -> validation.revalidate();
    }

    private ValidationResult result(Control c, List<Message> errors, List<Message> warnings) {
        if (c instanceof TextField t && t.getText().isBlank()) {
            return new ValidationResult();
        }
        List<ValidationMessage> out = new ArrayList<>();
        errors.forEach(m -> out.add(ValidationMessage.error(c, i18n.render(m))));
        warnings.forEach(m -> out.add(ValidationMessage.warning(c, i18n.render(m))));
        return ValidationResult.fromMessages(out);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.nikCheck().addListener(revalidate);
        model.nameCheck().addListener(revalidate);
        model.birthDateProblem().addListener(revalidate);
        i18n.languageProperty().addListener(revalidate);
        validation.revalidate();
    }

    @Override
    public void deactivate() {
        model.nikCheck().removeListener(revalidate);
        model.nameCheck().removeListener(revalidate);
        model.birthDateProblem().removeListener(revalidate);
        i18n.languageProperty().removeListener(revalidate);
    }

    /** The decorations' current verdict (for tests and the flow's footer). */
    public ValidationSupport validation() {
        return validation;
    }
}
