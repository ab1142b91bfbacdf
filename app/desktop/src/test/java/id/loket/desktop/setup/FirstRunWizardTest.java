package id.loket.desktop.setup;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.biometric.FingerSet;
import id.loket.core.provision.CaptureSettings;
import id.loket.desktop.capture.CaptureFlowView;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.login.LoginView;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static id.loket.desktop.support.TestWindow.click;
import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static id.loket.desktop.support.TestWindow.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-run provisioning wizard in the real window on a real store: a bad counter is shown
 * under its field, the five steps are walked, the login screen follows, and the capture flow then
 * uses the finger set and quality threshold chosen in the wizard.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunWizardTest {

    @TempDir
    Path home;
    private CoreServices core;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        core = TestCore.open(home);
        window = new MainWindow(core, TestCore.indonesian(), new SameThreadTaskRunner(), TestCore.CLOCK, home);
        TestWindow.show(stage, window.root(), 1100, 760);
        window.start();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void walksTheStepsSavesAndLandsOnLoginAndCaptureUsesTheChosenFingers(FxRobot robot) throws Exception {
        assertThat(window.host().currentProperty().get()).isInstanceOf(FirstRunView.class);
        assertThat(text(robot, "#setup-step")).isEqualTo("Langkah 1 dari 5: Kantor dan loket");

        // step 1, with a counter out of range: the reason shows under the field and the step stays
        type(robot, "#setup-office", "dps");
        type(robot, "#setup-office-name", "Kantor Imigrasi Kelas I TPI Denpasar");
        type(robot, "#setup-counter", "120");
        click(robot, "#setup-next");
        assertThat(text(robot, "#setup-step")).startsWith("Langkah 1 dari 5");
        assertThat(text(robot, "#setup-problem-counter"))
                .isEqualTo("harus bilangan bulat 1 sampai 99; bukan \"120\".");
        assertThat(robot.lookup("#setup-problem-counter").query().isVisible()).isTrue();
        assertThat(robot.lookup("#setup-problem-officeCode").query().isVisible()).isFalse();
        shot(robot, "setup-1-office");
        robot.interact(() -> robot.lookup("#setup-counter").queryAs(TextField.class).clear());
        assertThat(robot.lookup("#setup-problem-counter").query().isVisible()).isFalse();
        type(robot, "#setup-counter", "3");
        click(robot, "#setup-next");

        // step 2: offline for now (the default), so no token is asked
        assertThat(text(robot, "#setup-step")).isEqualTo("Langkah 2 dari 5: Server pusat");
        type(robot, "#setup-centre-url", "https://pusat.imigrasi.example/");
        assertThat(robot.lookup("#setup-token").query().isDisabled()).isTrue();
        click(robot, "#setup-next");

        // step 3: four fingers, threshold 75
        assertThat(text(robot, "#setup-step")).isEqualTo("Langkah 3 dari 5: Sidik jari");
        click(robot, "#setup-fingers-four");
        robot.interact(() -> robot.lookup("#setup-threshold").queryAs(TextField.class).clear());
        type(robot, "#setup-threshold", "75");
        shot(robot, "setup-3-fingers");
        click(robot, "#setup-next");

        // step 4: quotas
        assertThat(text(robot, "#setup-step")).isEqualTo("Langkah 4 dari 5: Kuota antrean");
        robot.interact(() -> robot.lookup("#setup-quota-WALK_IN").queryAs(TextField.class).clear());
        type(robot, "#setup-quota-WALK_IN", "25");
        click(robot, "#setup-next");

        // step 5: the first administrator, then save
        assertThat(text(robot, "#setup-step")).isEqualTo("Langkah 5 dari 5: Administrator pertama");
        assertThat(text(robot, "#setup-next")).isEqualTo("Simpan dan lanjutkan");
        type(robot, "#setup-username", "ayu");
        type(robot, "#setup-fullname", "Ayu Lestari");
        type(robot, "#setup-password", "rahasia-123");
        type(robot, "#setup-confirmation", "rahasia-123");
        click(robot, "#setup-next");

        assertThat(window.host().currentProperty().get()).isInstanceOf(LoginView.class);
        assertThat(core.deviceProfiles().current().orElseThrow().officeCode()).isEqualTo("DPS");
        assertThat(core.provisioning().settings().current().orElseThrow().centreUrl())
                .isEqualTo("https://pusat.imigrasi.example/");
        assertThat(core.provisioning().settings().capture()).isEqualTo(new CaptureSettings(FingerSet.FOUR, 75));
        assertThat(core.queue().settings().quotas().of(Lane.WALK_IN)).isEqualTo(25);

        // the capture flow uses what the wizard saved
        type(robot, "#login-username", "ayu");
        type(robot, "#login-password", "rahasia-123");
        click(robot, "#login-submit");
        click(robot, "#home-new-application");
        assertThat(window.host().currentProperty().get()).isInstanceOf(CaptureFlowView.class);
        assertThat(window.captureDesk().fingerprints().policy().qualityThreshold()).isEqualTo(75);
        assertThat(window.captureDesk().applicant().applyTo(null).fingerprints().required()).isEqualTo(FingerSet.FOUR);
    }
}
