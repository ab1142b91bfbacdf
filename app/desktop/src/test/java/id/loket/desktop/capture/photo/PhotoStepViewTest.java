package id.loket.desktop.capture.photo;

import id.loket.core.CoreServices;
import id.loket.core.photo.CropRect;
import id.loket.desktop.capture.BiometricSteps;
import id.loket.desktop.capture.NoScanner;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.Portraits;
import id.loket.desktop.support.Screenshots;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The photo step on screen: refuse a tiny file, frame a good one with the nudge buttons, accept it. */
@ExtendWith(ApplicationExtension.class)
class PhotoStepViewTest {

    @TempDir
    Path home;
    @TempDir
    Path files;
    private CoreServices core;
    private PhotoStepViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        core = TestCore.open(home);
        model = new BiometricSteps(core, new SameThreadTaskRunner(), NoScanner.INSTANCE, TestCore.CLOCK).photo();
        model.load(null);
        PhotoStepView view = new PhotoStepView(model, TestCore.indonesian());
        scene = TestWindow.show(stage, view.root(), 1100, 820);
        view.activate();
    }

    @AfterEach
    void close() {
        core.close();
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> model.loadFile(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void refusesATinyPhotoThenFramesChecksAndAcceptsAGoodOne(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#photo-accept").query().isDisabled()).isTrue();
        open(robot, Files.write(files.resolve("thumb.png"),
                Portraits.encode(Portraits.draw(120, 150, 0.78, 0.08), "png")));
        assertThat(text(robot, "#photo-error")).contains("terlalu kecil", "120x150", "600x750");
        assertThat(robot.lookup("#photo-frame").query().isVisible()).isFalse();

        open(robot, Files.write(files.resolve("applicant.jpg"),
                Portraits.encode(Portraits.draw(1200, 1400, 0.5, 0.2), "jpeg")));
        assertThat(text(robot, "#photo-error")).isEmpty();
        assertThat(robot.lookup("#photo-frame").query().isVisible()).isTrue();
        assertThat(robot.lookup(".photo-ok").tryQuery()).isPresent();
        CropRect proposed = model.cropProperty().get();

        robot.clickOn("#photo-up");
        robot.clickOn("#photo-smaller");
        robot.clickOn("#photo-bigger");
        robot.clickOn("#photo-down");
        assertThat(model.cropProperty().get().height()).isEqualTo(proposed.height());
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#photo-bigger");
        }
        assertThat(robot.lookup(".photo-problem").tryQuery()).isPresent();
        assertThat(robot.lookup("#photo-accept").query().isDisabled()).isTrue();
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#photo-smaller");
        }
        assertThat(robot.lookup(".photo-problem").tryQuery()).isEmpty();
        assertThat(robot.lookup("#photo-accept").query().isDisabled()).isFalse();
        Screenshots.save(scene, "capture-photo");

        robot.clickOn("#photo-accept");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.acceptedProperty().get()).isNotNull();
        assertThat(core.blobs().exists(model.acceptedProperty().get().imageHash())).isTrue();
        assertThat(text(robot, "#photo-message")).isEqualTo("Foto disimpan.");
    }
}
