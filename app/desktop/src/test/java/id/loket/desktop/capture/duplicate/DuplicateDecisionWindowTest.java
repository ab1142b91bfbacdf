package id.loket.desktop.capture.duplicate;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.duplicate.DuplicateDecisions;
import id.loket.core.application.Sex;
import id.loket.core.audit.AuditEntry;
import id.loket.core.workflow.ApplicationState;
import id.loket.desktop.capture.CaptureFlowViewModel;
import id.loket.desktop.capture.CaptureStep;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.Applicants;
import id.loket.desktop.support.Counter;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static id.loket.desktop.support.TestWindow.click;
import static id.loket.desktop.support.TestWindow.reveal;
import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static id.loket.desktop.support.TestWindow.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side-by-side duplicate decision through the real window and store: another counter already
 * finalised "Muhammad Joko Susilo" (with a photo); this counter captures "Moehammad Djoko Soesilo",
 * born the same day, written in the old spelling.
 */
@ExtendWith(ApplicationExtension.class)
class DuplicateDecisionWindowTest {

    private static final LocalDate BORN = LocalDate.of(1965, 3, 1);

    @TempDir
    Path home;
    private CoreServices core;
    private MainWindow window;
    private Application existing;

    @Start
    void start(Stage stage) {
        core = Counter.open(home);
        existing = Applicants.finalised(core, "Muhammad Joko Susilo", "3374010103650003", BORN, "Semarang", Sex.MALE);
        window = Counter.show(stage, core, home);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void differentPersonIsAuditedAndTheCaptureMovesOnWithoutAskingAgain(FxRobot robot) throws IOException {
        CaptureFlowViewModel flow = captureOldSpelling(robot);
        assertSideBySide(robot, flow);
        reveal(robot, "#duplicate-different-0");
        shot(robot, "duplicate-side-by-side");

        click(robot, "#duplicate-different-0");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.DOCUMENTS);
        assertThat(robot.lookup("#duplicate-review").query().isVisible()).isFalse();
        Application draft = flow.draftProperty().get();
        AuditEntry decision = core.audit().entries().getLast();
        assertThat(decision.action()).isEqualTo(DuplicateDecisions.DIFFERENT_PERSON);
        assertThat(decision.actor()).isEqualTo("ayu");
        assertThat(decision.subject()).isEqualTo(draft.id().toString());
        assertThat(decision.details()).containsEntry("candidate", existing.id().toString())
                .containsEntry("candidateNumber", existing.receiptNumber())
                .containsEntry("reasons", "SIMILAR_NAME_SAME_BIRTH_DATE");
        assertThat(core.applications().find(draft.id()).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);

        // back to the applicant and on again: decided once, not asked again
        int entries = core.audit().entries().size();
        click(robot, "#capture-rail-applicant");
        click(robot, "#capture-next");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.DOCUMENTS);
        assertThat(core.audit().entries()).hasSize(entries);
        assertThat(core.audit().verify().ok()).isTrue();
    }

    @Test
    void samePersonStopsTheCaptureUntilItIsCancelledWithAReasonThenOpensTheExistingOne(FxRobot robot)
            throws IOException {
        CaptureFlowViewModel flow = captureOldSpelling(robot);
        assertSideBySide(robot, flow);
        Application draft = flow.draftProperty().get();

        reveal(robot, "#duplicate-same-0");
        click(robot, "#duplicate-same-0");
        AuditEntry decision = core.audit().entries().getLast();
        assertThat(decision.action()).isEqualTo(DuplicateDecisions.SAME_PERSON);
        assertThat(decision.actor()).isEqualTo("ayu");
        assertThat(decision.subject()).isEqualTo(draft.id().toString());
        assertThat(decision.details()).containsEntry("candidate", existing.id().toString());
        assertThat(text(robot, "#duplicate-same-verdict")).contains(existing.receiptNumber());
        assertThat(text(robot, "#duplicate-decided-0")).isEqualTo("Diputuskan: orang yang sama");
        // held: "next" is off and the rail does not leave the applicant
        assertThat(robot.lookup("#capture-next").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> flow.next());
        robot.interact(() -> flow.goTo(CaptureStep.DOCUMENTS));
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.APPLICANT);
        shot(robot, "duplicate-same-person");

        // cancelling needs a reason
        reveal(robot, "#duplicate-cancel-home");
        click(robot, "#duplicate-cancel-home");
        assertThat(text(robot, "#duplicate-error")).isNotBlank();
        assertThat(core.applications().find(draft.id()).orElseThrow().state()).isEqualTo(ApplicationState.DRAFT);

        reveal(robot, "#duplicate-reason");
        type(robot, "#duplicate-reason", "Sudah mengajukan di loket 3 pagi ini");
        reveal(robot, "#duplicate-open-existing");
        click(robot, "#duplicate-open-existing");
        Application cancelled = core.applications().find(draft.id()).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(ApplicationState.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("Sudah mengajukan di loket 3 pagi ini");
        AuditEntry cancel = core.audit().entries().getLast();
        assertThat(cancel.action()).isEqualTo(DuplicateDecisions.CANCELLED);
        assertThat(cancel.subject()).isEqualTo(draft.id().toString());
        assertThat(cancel.details()).containsEntry("duplicateOf", existing.id().toString());
        // the existing application is open instead, and nothing holds it
        assertThat(flow.draftProperty().get().id()).isEqualTo(existing.id());
        assertThat(flow.draftProperty().get().state()).isEqualTo(ApplicationState.FINALISED);
        assertThat(flow.holdingProperty().get()).isFalse();
        assertThat(core.audit().verify().ok()).isTrue();
    }

    @Test
    void changingTheDecisionIsPossibleBeforeCancellingAndBothDecisionsAreAudited(FxRobot robot) {
        CaptureFlowViewModel flow = captureOldSpelling(robot);
        reveal(robot, "#duplicate-same-0");
        click(robot, "#duplicate-same-0");
        reveal(robot, "#duplicate-reconsider");
        click(robot, "#duplicate-reconsider");
        assertThat(robot.lookup("#duplicate-same-panel").query().isVisible()).isFalse();
        reveal(robot, "#duplicate-different-0");
        click(robot, "#duplicate-different-0");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.DOCUMENTS);
        List<String> actions = core.audit().entries().stream().map(AuditEntry::action)
                .filter(a -> a.startsWith("application.duplicate")).toList();
        assertThat(actions).containsExactly(DuplicateDecisions.SAME_PERSON, DuplicateDecisions.DIFFERENT_PERSON);
    }

    private CaptureFlowViewModel captureOldSpelling(FxRobot robot) {
        Counter.logIn(robot);
        click(robot, "#home-new-application");
        type(robot, "#capture-nik", "3374010103650011");
        type(robot, "#capture-fullname", "Moehammad Djoko Soesilo");
        type(robot, "#capture-birthplace", "Semarang");
        type(robot, "#capture-birthdate", "01-03-1965");
        click(robot, "#capture-sex-male");
        reveal(robot, "#capture-fee");
        click(robot, "#capture-next");
        return window.captureDesk().flow();
    }

    private void assertSideBySide(FxRobot robot, CaptureFlowViewModel flow) {
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.APPLICANT);
        assertThat(flow.draftProperty().get()).as("the applicant is saved before the decision").isNotNull();
        assertThat(robot.lookup("#duplicate-review").query().isVisible()).isTrue();
        assertThat(text(robot, "#duplicate-name-current")).isEqualTo("Moehammad Djoko Soesilo");
        assertThat(text(robot, "#duplicate-name-0")).isEqualTo("Muhammad Joko Susilo");
        assertThat(text(robot, "#duplicate-nik-current")).isEqualTo("3374010103650011");
        assertThat(text(robot, "#duplicate-nik-0")).isEqualTo("3374010103650003");
        assertThat(text(robot, "#duplicate-born-current")).isEqualTo("1 Maret 1965");
        assertThat(text(robot, "#duplicate-born-0")).isEqualTo("1 Maret 1965");
        assertThat(text(robot, "#duplicate-place-0")).isEqualTo("Semarang");
        assertThat(text(robot, "#duplicate-number-0")).contains(existing.receiptNumber(), "Selesai direkam");
        assertThat(text(robot, "#duplicate-why-0")).contains("nama mirip, tanggal lahir sama");
        // the existing application's photo is shown; the new applicant has none yet
        Pane photo = robot.lookup("#duplicate-photo-0").queryAs(Pane.class);
        assertThat(photo.getChildren()).singleElement().isInstanceOfSatisfying(ImageView.class,
                v -> assertThat(v.getImage().getWidth()).isGreaterThan(100));
        Node none = robot.lookup("#duplicate-photo-current").queryAs(Pane.class).getChildren().getFirst();
        assertThat(none).isNotInstanceOf(ImageView.class);
        assertThat(robot.lookup("#capture-next").queryAs(Button.class).isDisabled()).isTrue();
    }
}
