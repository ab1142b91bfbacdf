package id.loket.desktop.setup;

import id.loket.core.CoreServices;
import id.loket.core.i18n.Message;
import id.loket.core.officer.OfficerService;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import id.loket.desktop.shell.Navigator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * First-run setup: which office and counter this device is, and the first administrator. There
 * is no default password; the administrator chooses one of at least ten characters.
 */
public final class FirstRunViewModel {

    /** Minimum password length, the same as core's password policy. */
    public static final int MIN_PASSWORD = OfficerService.MIN_PASSWORD_LENGTH;
    private static final Pattern OFFICE = Pattern.compile("[A-Z]{3}");

    private final StringProperty officeCode = new SimpleStringProperty("");
    private final StringProperty counterNumber = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final CoreServices core;
    private final TaskRunner tasks;
    private final Navigator navigator;

    public FirstRunViewModel(CoreServices core, TaskRunner tasks, Navigator navigator) {
        this.core = core;
        this.tasks = tasks;
        this.navigator = navigator;
    }

    /** Validates the form; saves the device profile and the administrator, then goes to login. */
    public void save() {
        Optional<Message> invalid = validate();
        if (invalid.isPresent()) {
            error.set(invalid.get());
            return;
        }
        String office = officeCode.get().strip().toUpperCase(java.util.Locale.ROOT);
        int counter = Integer.parseInt(counterNumber.get().strip());
        String user = username.get().strip();
        String name = fullName.get().strip();
        char[] secret = password.get().toCharArray();
        clearSecrets();
        error.set(null);
        busy.set(true);
        tasks.run(() -> {
            try {
                core.deviceProfiles().save(office, counter);
                return core.officers().createFirstAdministrator(user, name, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, admin -> {
            busy.set(false);
            navigator.showLogin();
        }, failure -> {
            busy.set(false);
            error.set(Failures.message(failure));
        });
    }

    /** The first problem with the form, if any, as a message in the officer's language. */
    public Optional<Message> validate() {
        String office = officeCode.get().strip().toUpperCase(java.util.Locale.ROOT);
        if (!OFFICE.matcher(office).matches()) {
            return Optional.of(Message.of("setup.error.office"));
        }
        int counter;
        try {
            counter = Integer.parseInt(counterNumber.get().strip());
        } catch (NumberFormatException e) {
            counter = 0;
        }
        if (counter < 1 || counter > 99) {
            return Optional.of(Message.of("setup.error.counter"));
        }
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

    public StringProperty officeCodeProperty() {
        return officeCode;
    }

    public StringProperty counterNumberProperty() {
        return counterNumber;
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

    /** The current problem, or null. */
    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
