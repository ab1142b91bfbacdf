package id.loket.desktop.login;

import id.loket.core.i18n.Message;
import id.loket.core.officer.LoginResult;
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

/**
 * Signing in: a wrong password tells how many attempts are left, a lockout tells until when;
 * both as messages, so they follow the language the officer picked.
 */
public final class LoginViewModel {

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final OfficerService officers;
    private final TaskRunner tasks;
    private final Navigator navigator;

    public LoginViewModel(OfficerService officers, TaskRunner tasks, Navigator navigator) {
        this.officers = officers;
        this.tasks = tasks;
        this.navigator = navigator;
    }

    /** Checks the credentials off the UI thread; the password field is cleared at once. */
    public void login() {
        String user = username.get().strip();
        if (user.isEmpty() || password.get().isEmpty()) {
            error.set(Message.of("login.error.empty"));
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        error.set(null);
        busy.set(true);
        tasks.run(() -> {
            try {
                return officers.login(user, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, this::show, failure -> {
            busy.set(false);
            error.set(Failures.message(failure));
        });
    }

    private void show(LoginResult result) {
        busy.set(false);
        switch (result) {
            case LoginResult.Success success -> {
                username.set("");
                navigator.showHome(success.officer());
            }
            case LoginResult.Failed failed -> error.set(Message.of("login.error.failed", failed.attemptsLeft()));
            case LoginResult.LockedOut locked -> error.set(Message.of("login.error.locked", locked.until()));
        }
    }

    /** Forgets what was typed (leaving the screen). */
    public void reset() {
        password.set("");
        error.set(null);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The current problem, or null. */
    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
