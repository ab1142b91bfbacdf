package id.loket.desktop.ui;

import id.loket.core.CoreServices;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.home.HomeView;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.login.LoginView;
import id.loket.desktop.setup.FirstRunView;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static id.loket.desktop.support.TestWindow.type;
import static org.assertj.core.api.Assertions.assertThat;

/** The real screens, driven like an officer would: click, type, read what is shown. */
@ExtendWith(ApplicationExtension.class)
class LoketWindowTest {

    @TempDir
    Path home;
    private CoreServices core;
    private I18n i18n;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        core = TestCore.open(home);
        i18n = TestCore.indonesian();
        window = new MainWindow(core, i18n, new SameThreadTaskRunner(), TestCore.CLOCK, home);
        TestWindow.show(stage, window.root(), 1100, 760);
        window.start();
    }

    @AfterEach
    void close() {
        core.close();
    }

    private void setUp(FxRobot robot) {
        assertThat(window.host().currentProperty().get()).isInstanceOf(FirstRunView.class);
        type(robot, "#setup-office", "DPS");
        type(robot, "#setup-office-name", "Kantor Imigrasi Denpasar");
        type(robot, "#setup-counter", "7");
        for (int step = 1; step < 5; step++) {
            robot.clickOn("#setup-next");
            WaitForAsyncUtils.waitForFxEvents();
        }
        type(robot, "#setup-username", "ayu");
        type(robot, "#setup-fullname", "Ayu Lestari");
        type(robot, "#setup-password", "rahasia-123");
        type(robot, "#setup-confirmation", "rahasia-123");
        robot.clickOn("#setup-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.host().currentProperty().get()).isInstanceOf(LoginView.class);
    }

    private void logIn(FxRobot robot, String password) {
        robot.interact(() -> robot.lookup("#login-username").queryTextInputControl().clear());
        type(robot, "#login-username", "ayu");
        type(robot, "#login-password", password);
        robot.clickOn("#login-submit");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstRunThenLoginThenHomeShowsOfficerAndCounter(FxRobot robot) throws Exception {
        setUp(robot);
        logIn(robot, "rahasia-123");
        assertThat(window.host().currentProperty().get()).isInstanceOf(HomeView.class);
        assertThat(text(robot, "#home-officer")).isEqualTo("Ayu Lestari · administrator");
        assertThat(text(robot, "#home-counter")).isEqualTo("Kantor DPS · loket 7");
        assertThat(robot.lookup("#home-today").queryParent().getChildrenUnmodifiable()).hasSize(7);
        assertThat(robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains(home.toString(), "terenkripsi");
        shot(robot, "home");

        robot.clickOn("#home-logout");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.host().currentProperty().get()).isInstanceOf(LoginView.class);
    }

    @Test
    void wrongPasswordShowsAttemptsLeftAndFiveFailuresShowTheLockout(FxRobot robot) {
        setUp(robot);
        logIn(robot, "salah-salah");
        assertThat(text(robot, "#login-error")).contains("Sisa 4 kali percobaan");
        for (int i = 0; i < 4; i++) {
            logIn(robot, "salah-salah");
        }
        logIn(robot, "rahasia-123");
        assertThat(text(robot, "#login-error")).contains("dikunci sampai 23 November 2026 10:15");
        assertThat(window.host().currentProperty().get()).isInstanceOf(LoginView.class);
        robot.clickOn("#language-en");
        assertThat(text(robot, "#login-error")).contains("locked until 23 November 2026 10:15");
    }

    @Test
    void languageSwitchChangesVisibleTexts(FxRobot robot) throws Exception {
        setUp(robot);
        assertThat(text(robot, "#login-title")).isEqualTo("Masuk");
        assertThat(text(robot, "#login-submit")).isEqualTo("Masuk");
        robot.clickOn("#language-en");
        assertThat(text(robot, "#login-title")).isEqualTo("Sign in");
        assertThat(text(robot, "#login-submit")).isEqualTo("Sign in");
        shot(robot, "login-en");

        logIn(robot, "rahasia-123");
        assertThat(text(robot, "#home-counter")).isEqualTo("Office DPS · counter 7");
        assertThat(text(robot, "#home-logout")).isEqualTo("Sign out");
        robot.clickOn("#language-id");
        assertThat(text(robot, "#home-counter")).isEqualTo("Kantor DPS · loket 7");
        assertThat(text(robot, "#home-logout")).isEqualTo("Keluar");
        assertThat(i18n.locale()).isEqualTo(I18n.INDONESIAN);
    }
}
