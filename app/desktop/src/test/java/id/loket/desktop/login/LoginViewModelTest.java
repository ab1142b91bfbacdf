package id.loket.desktop.login;

import id.loket.core.CoreServices;
import id.loket.core.i18n.Message;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginViewModelTest {

    @TempDir
    Path home;
    private CoreServices core;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private LoginViewModel model;

    @BeforeEach
    void open() {
        core = TestCore.open(home);
        core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        model = new LoginViewModel(core.officers(), new SameThreadTaskRunner(), navigator);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private void attempt(String password) {
        model.usernameProperty().set("ayu");
        model.passwordProperty().set(password);
        model.login();
    }

    @Test
    void rightPasswordGoesHomeWithTheOfficer() {
        attempt("rahasia-123");
        assertThat(navigator.visits).containsExactly("home");
        assertThat(navigator.homeOfficer.fullName()).isEqualTo("Ayu Lestari");
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    @Test
    void wrongPasswordsCountDownThenLockOut() {
        attempt("salah-salah");
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("login.error.failed", 4));
        assertThat(model.passwordProperty().get()).isEmpty();
        for (int i = 0; i < 4; i++) {
            attempt("salah-salah");
        }
        Message locked = model.errorProperty().get();
        assertThat(locked.key()).isIn("login.error.locked", "login.error.failed");
        attempt("rahasia-123");
        assertThat(model.errorProperty().get().key()).isEqualTo("login.error.locked");
        assertThat(model.errorProperty().get().args().getFirst()).isInstanceOf(Instant.class);
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void emptyFieldsAreRefusedWithoutAskingTheStore() {
        model.login();
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("login.error.empty"));
    }
}
