package id.loket.desktop.setup;

import id.loket.core.CoreServices;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Role;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FirstRunViewModelTest {

    @TempDir
    Path home;
    private CoreServices core;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private FirstRunViewModel model;

    @BeforeEach
    void open() {
        core = TestCore.open(home);
        model = new FirstRunViewModel(core, new SameThreadTaskRunner(), navigator);
        model.officeCodeProperty().set("dps");
        model.counterNumberProperty().set("7");
        model.usernameProperty().set("ayu");
        model.fullNameProperty().set("Ayu Lestari");
        model.passwordProperty().set("rahasia-123");
        model.confirmationProperty().set("rahasia-123");
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void savesDeviceProfileAndFirstAdministratorThenGoesToLogin() {
        model.save();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(navigator.visits).containsExactly("login");
        assertThat(core.deviceProfiles().current()).hasValueSatisfying(p -> {
            assertThat(p.officeCode()).isEqualTo("DPS");
            assertThat(p.counterNumber()).isEqualTo(7);
        });
        assertThat(core.officers().hasOfficers()).isTrue();
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.confirmationProperty().get()).isEmpty();
        var login = core.officers().login("ayu", "rahasia-123".toCharArray());
        assertThat(login).isInstanceOfSatisfying(id.loket.core.officer.LoginResult.Success.class,
                s -> assertThat(s.officer().role()).isEqualTo(Role.ADMINISTRATOR));
    }

    @Test
    void refusesBadInputWithAMessageAndSavesNothing() {
        assertRefused(() -> model.officeCodeProperty().set("DENPASAR"), "setup.error.office");
        assertRefused(() -> model.counterNumberProperty().set("100"), "setup.error.counter");
        assertRefused(() -> model.counterNumberProperty().set("x"), "setup.error.counter");
        assertRefused(() -> model.fullNameProperty().set(" "), "setup.error.fullName");
        assertRefused(() -> {
            model.passwordProperty().set("short");
            model.confirmationProperty().set("short");
        }, "setup.error.passwordLength");
        assertRefused(() -> model.confirmationProperty().set("rahasia-124"), "setup.error.passwordMismatch");
        assertThat(core.officers().hasOfficers()).isFalse();
        assertThat(navigator.visits).isEmpty();
    }

    private void assertRefused(Runnable breakIt, String key) {
        open();
        breakIt.run();
        model.save();
        assertThat(model.errorProperty().get()).extracting(Message::key).isEqualTo(key);
    }
}
