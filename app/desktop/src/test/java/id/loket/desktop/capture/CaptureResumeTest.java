package id.loket.desktop.capture;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.application.DocumentType;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Optional;

import static id.loket.desktop.capture.CaptureEndToEndTest.logIn;
import static id.loket.desktop.support.TestWindow.click;
import static id.loket.desktop.support.TestWindow.field;
import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static id.loket.desktop.support.TestWindow.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost when the app goes away mid-capture: half a capture is saved step by step, the
 * window, every ViewModel and the store are thrown away, and a new window on the same data
 * directory offers the draft on the home screen and resumes it at the first incomplete step with
 * the data there.
 */
@ExtendWith(ApplicationExtension.class)
class CaptureResumeTest {

    @TempDir
    Path home;
    private CoreServices core;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        core = TestCore.open(home);
        core.deviceProfiles().save("DPS", 7);
        core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        TestWindow.show(stage, newWindow().root(), 1280, 800);
    }

    private MainWindow window;

    private MainWindow newWindow() {
        FilePicker none = new FilePicker() {
            @Override
            public Optional<Path> openDocument(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveReceipt(Window owner, String suggested) {
                return Optional.empty();
            }
        };
        window = new MainWindow(core, TestCore.indonesian(), new SameThreadTaskRunner(),
                TestCore.CLOCK, home, CaptureOptions.standard(NoScanner.INSTANCE, none, pdf -> { }));
        window.start();
        return window;
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aHalfDoneCaptureResumesAtItsFirstIncompleteStepAfterARestart(FxRobot robot) throws Exception {
        logIn(robot);
        click(robot, "#home-new-application");
        type(robot, "#capture-nik", "5171014508920002");
        type(robot, "#capture-fullname", "Ni Luh Putu Sari");
        type(robot, "#capture-birthplace", "Gianyar");
        type(robot, "#capture-birthdate", "05-08-1992");
        click(robot, "#capture-sex-female");
        click(robot, "#capture-next");
        click(robot, "#capture-doc-seen-e-ktp");
        click(robot, "#capture-doc-seen-kartu-keluarga");
        click(robot, "#capture-next");
        Application half = window.captureDesk().flow().draftProperty().get();
        assertThat(window.captureDesk().flow().stepProperty().get()).isEqualTo(CaptureStep.PHOTO);

        // the app goes away: window, ViewModels and store; then starts again on the same directory
        core.close();
        core = TestCore.open(home);
        robot.interact(() -> stage.getScene().setRoot(newWindow().root()));
        logIn(robot);
        assertThat(text(robot, "#home-draft-" + half.id())).contains("Ni Luh Putu Sari");
        shot(robot, "capture-0-home-drafts");
        click(robot, "#home-draft-" + half.id());

        CaptureFlowViewModel flow = window.captureDesk().flow();
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.PHOTO);
        assertThat(flow.draftProperty().get().documents()).extracting(d -> d.type())
                .containsExactlyInAnyOrder(DocumentType.E_KTP, DocumentType.KARTU_KELUARGA);
        assertThat(text(robot, "#capture-title")).isEqualTo("Permohonan: Ni Luh Putu Sari");
        click(robot, "#capture-rail-applicant");
        assertThat(field(robot, "#capture-nik")).isEqualTo("5171014508920002");
        assertThat(field(robot, "#capture-passportname")).isEqualTo("NI LUH PUTU SARI");
        assertThat(field(robot, "#capture-birthdate")).isEqualTo("05-08-1992");
    }
}
