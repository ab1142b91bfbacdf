package id.loket.desktop.capture.fingerprint;

import id.loket.core.CoreServices;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerSet;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.core.officer.Officer;
import id.loket.core.photo.PhotoPolicy;
import id.loket.desktop.capture.BiometricSteps;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.demo.SimulatedScanner;
import id.loket.desktop.support.Screenshots;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiClientConfig;
import id.loket.devices.sbi.simulator.SimulatorSettings;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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
import java.time.Clock;
import java.time.Duration;

import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint step as an officer uses it: touch the tiles and buttons, a supervisor types their password. */
@ExtendWith(ApplicationExtension.class)
class FingerprintStepViewTest {

    private static final String PASSWORD = Staff.PASSWORD;

    @TempDir
    Path home;
    private CoreServices core;
    private SbiClient client;
    private SimulatedScanner device;
    private FingerprintStepViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        core = TestCore.open(home);
        Officer officer = Staff.hire(core);
        client = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());
        device = SimulatedScanner.onAnyPort(new SimulatorSettings(3).captureDelay(Duration.ofMillis(20)), client,
                Clock.systemUTC());
        model = new BiometricSteps(core, new SameThreadTaskRunner(), device.scanner(), TestCore.CLOCK,
                FingerprintPolicy.DEFAULT, PhotoPolicy.DEFAULT).fingerprints();
        model.load(FingerprintCapture.pending(FingerSet.FOUR), officer);
        FingerprintStepView view = new FingerprintStepView(model, TestCore.indonesian());
        scene = TestWindow.show(stage, view.root(), 1100, 760);
        view.activate();
    }

    @AfterEach
    void close() {
        device.close();
        client.close();
        core.close();
    }

    @SuppressWarnings("unchecked")
    private void chooseReason(FxRobot robot, ExceptionReason reason) {
        ComboBox<ExceptionReason> box = robot.lookup("#fp-exception-reason").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(reason));
    }

    private void supervisorSignsIn(FxRobot robot, String username, String password) {
        robot.clickOn("#fp-supervisor-open");
        assertThat(robot.lookup(".modal-overlay").query().isVisible()).isTrue();
        robot.clickOn("#fp-supervisor-username").write(username);
        robot.clickOn("#fp-supervisor-password").write(password);
        robot.clickOn("#fp-supervisor-confirm");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void officerCapturesAndOnlyASupervisorConfirmsAnException(FxRobot robot) throws Exception {
        assertThat(text(robot, "#fp-finger-LEFT_MIDDLE")).contains("tidak diperlukan");
        assertThat(robot.lookup("#fp-finger-LEFT_MIDDLE").query().isDisabled()).isTrue();
        assertThat(text(robot, "#fp-device")).contains("belum terhubung");

        robot.clickOn("#fp-finger-LEFT_THUMB");
        chooseReason(robot, ExceptionReason.AMPUTATED);
        robot.clickOn("#fp-exception-record");
        assertThat(text(robot, "#fp-finger-LEFT_THUMB")).contains("diamputasi", "menunggu supervisor");

        supervisorSignsIn(robot, "budi", PASSWORD);
        assertThat(text(robot, "#fp-error")).contains("hanya dapat dikonfirmasi oleh supervisor atau administrator", "petugas");
        assertThat(model.captureProperty().get().finger(Finger.LEFT_THUMB).resolved()).isFalse();

        supervisorSignsIn(robot, "sari", PASSWORD);
        assertThat(text(robot, "#fp-finger-LEFT_THUMB")).contains("dikonfirmasi oleh sari");
        assertThat(robot.lookup(".modal-overlay").query().isVisible()).isFalse();

        device.settings().lowQualityFor(1);
        robot.clickOn("#fp-capture-remaining");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#fp-device")).contains(device.serialNo());
        assertThat(text(robot, "#fp-error")).contains("di bawah minimum 60", "percobaan 1 dari 3");
        assertThat(text(robot, "#fp-capture")).isEqualTo("Ulangi jari ini");
        Screenshots.save(scene, "capture-fingerprints-retry");

        robot.clickOn("#fp-capture");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.captureProperty().get().complete()).isTrue();
        for (Finger f : new Finger[] {Finger.LEFT_INDEX, Finger.RIGHT_INDEX, Finger.RIGHT_THUMB}) {
            assertThat(model.captureProperty().get().finger(f).status()).isEqualTo(FingerStatus.CAPTURED);
            assertThat(text(robot, "#fp-finger-" + f.name())).contains("terekam, kualitas");
        }
        Screenshots.save(scene, "capture-fingerprints");
    }
}
