package id.loket.desktop.setup;

import id.loket.core.CoreServices;
import id.loket.core.i18n.Message;
import id.loket.core.officer.OfficerService;
import id.loket.core.provision.FieldProblem;
import id.loket.core.provision.Provisioning;
import id.loket.core.provision.ProvisioningFile;
import id.loket.core.provision.ProvisioningFileException;
import id.loket.core.provision.ProvisioningInput;
import id.loket.core.provision.ProvisioningValidator;
import id.loket.core.sync.DeviceIdentity;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.provision.DeviceProvisioner;
import id.loket.desktop.shell.Failures;
import id.loket.desktop.shell.Navigator;
import id.loket.sync.agent.http.CentreException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The first-run provisioning wizard: office and counter, the centre and its enrollment token (or
 * "offline for now"), the finger set and quality threshold, the lane quotas, and the first
 * administrator (there is no default password). Each step is checked by the core's provisioning
 * validator before the next one shows, and every bad value is shown under its field; a
 * provisioning file fills the steps the same way. Saving provisions the device, enrolls it when a
 * token was given, and only then creates the administrator, so a refused token can be corrected.
 */
public final class FirstRunViewModel {

    /** Minimum password length, the same as core's password policy. */
    public static final int MIN_PASSWORD = OfficerService.MIN_PASSWORD_LENGTH;

    private final ProvisioningForm form = new ProvisioningForm();
    private final ObjectProperty<SetupStep> step = new SimpleObjectProperty<>(SetupStep.OFFICE);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final CoreServices core;
    private final DeviceProvisioner provisioner;
    private final TaskRunner tasks;
    private final Navigator navigator;

    public FirstRunViewModel(CoreServices core, DeviceProvisioner provisioner, TaskRunner tasks, Navigator navigator) {
        this.core = core;
        this.provisioner = provisioner;
        this.tasks = tasks;
        this.navigator = navigator;
    }

    /** Starts from what the device holds now (IT's provisioning file, the demo's local centre, or nothing). */
    public void load() {
        tasks.run(() -> new Current(core.provisioning().currentInput(),
                        core.sync().identities().current().filter(DeviceIdentity::enrolled).map(DeviceIdentity::centreUrl)),
                current -> {
                    form.fill(current.input());
                    form.enrolledCentre.set(current.enrolledCentre().orElse(null));
                    if (current.enrolledCentre().isPresent()) {
                        form.offline.set(false);
                    }
                },
                failure -> error.set(Failures.message(failure)));
    }

    private record Current(ProvisioningInput input, Optional<String> enrolledCentre) {
    }

    /** Fills the steps from a provisioning file and shows what is wrong in it, field by field. */
    public void loadFile(Path file) {
        error.set(null);
        notice.set(null);
        tasks.run(() -> ProvisioningFile.read(file), input -> {
            form.fill(input);
            ProvisioningValidator.Result checked = ProvisioningValidator.validate(input);
            form.show(checked.problems(), List.of(SetupStep.values()));
            List<FieldProblem> unplaced = checked.problems().stream()
                    .filter(p -> SetupStep.of(p.topLevelField()) == null).toList();
            if (!unplaced.isEmpty()) {
                error.set(unplaced.getFirst().asLine());
            }
            notice.set(Message.of("setup.file.loaded", file.getFileName().toString(), checked.problems().size()));
            firstStepWithProblem(checked.problems()).ifPresent(step::set);
        }, failure -> error.set(failure instanceof ProvisioningFileException bad ? bad.reason()
                : Failures.message(failure)));
    }

    /** Checks this step's fields and moves on when they are good; on the last step, saves. */
    public void next() {
        error.set(null);
        if (step.get() == SetupStep.ADMINISTRATOR) {
            save();
            return;
        }
        List<FieldProblem> problems = problemsOf(List.of(step.get()));
        if (problems.isEmpty()) {
            step.set(step.get().next());
        }
    }

    /** Goes back one step (nothing is lost). */
    public void back() {
        error.set(null);
        step.set(step.get().previous());
    }

    /** Validates everything; saves the provisioning, enrolls, creates the administrator, then goes to login. */
    public void save() {
        List<FieldProblem> problems = problemsOf(List.of(SetupStep.values()));
        Optional<SetupStep> bad = firstStepWithProblem(problems);
        if (bad.isPresent()) {
            step.set(bad.get());
            return;
        }
        Optional<Message> invalid = validateAdministrator();
        if (invalid.isPresent()) {
            error.set(invalid.get());
            return;
        }
        Provisioning provisioning = ProvisioningValidator.validate(form.input()).provisioning().orElseThrow();
        String user = username.get().strip();
        String name = fullName.get().strip();
        char[] secret = password.get().toCharArray();
        error.set(null);
        busy.set(true);
        tasks.run(() -> {
            try {
                provisioner.provisionFirstRun(provisioning, user);
                return core.officers().createFirstAdministrator(user, name, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, admin -> {
            busy.set(false);
            clearSecrets();
            navigator.showLogin();
        }, failure -> {
            busy.set(false);
            if (failure instanceof IOException || failure instanceof CentreException) {
                step.set(SetupStep.CENTRE);
                error.set(failure instanceof CentreException refused
                        ? Message.of("setup.enroll.refused", refused.code().code())
                        : Message.of("setup.enroll.unreachable", provisioning.centreUrl()));
            } else {
                error.set(Failures.message(failure));
            }
        });
    }

    private List<FieldProblem> problemsOf(List<SetupStep> steps) {
        List<FieldProblem> problems = ProvisioningValidator.validate(form.input()).problems().stream()
                .filter(p -> steps.contains(SetupStep.of(p.topLevelField()))).toList();
        form.show(problems, steps);
        return problems;
    }

    private static Optional<SetupStep> firstStepWithProblem(List<FieldProblem> problems) {
        return problems.stream().map(p -> SetupStep.of(p.topLevelField())).filter(s -> s != null)
                .min(Enum::compareTo);
    }

    /** The first problem with the administrator's fields, if any. */
    public Optional<Message> validateAdministrator() {
        if (!username.get().strip().matches("[A-Za-z0-9._-]{3,32}")) {
            return Optional.of(Message.of("setup.error.username"));
        }
        if (fullName.get().isBlank()) {
            return Optional.of(Message.of("setup.error.fullName"));
        }
        if (password.get().length() < MIN_PASSWORD) {
            return Optional.of(Message.of("setup.error.passwordLength", MIN_PASSWORD));
        }
        if (!password.get().equals(confirmation.get())) {
            return Optional.of(Message.of("setup.error.passwordMismatch"));
        }
        return Optional.empty();
    }

    /** Forgets the typed passwords. */
    public void clearSecrets() {
        password.set("");
        confirmation.set("");
    }

    public ProvisioningForm form() {
        return form;
    }

    public ObjectProperty<SetupStep> stepProperty() {
        return step;
    }

    public StringProperty officeCodeProperty() {
        return form.officeCode;
    }

    public StringProperty officeNameProperty() {
        return form.officeName;
    }

    public StringProperty counterNumberProperty() {
        return form.counter;
    }

    public StringProperty centreUrlProperty() {
        return form.centreUrl;
    }

    public StringProperty enrollmentTokenProperty() {
        return form.enrollmentToken;
    }

    /** "Offline for now": enroll later. */
    public BooleanProperty offlineProperty() {
        return form.offline;
    }

    /** The centre this device is already enrolled with, or null. */
    public StringProperty enrolledCentreProperty() {
        return form.enrolledCentre;
    }

    public StringProperty qualityThresholdProperty() {
        return form.qualityThreshold;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    /** The current problem not tied to one field (or the enrollment failure), or null. */
    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    /** What loading a file did, or null. */
    public ObjectProperty<Message> noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
