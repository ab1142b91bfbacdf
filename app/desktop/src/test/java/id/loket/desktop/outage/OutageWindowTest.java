package id.loket.desktop.outage;

import id.loket.core.application.Application;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.workflow.ApplicationState;
import id.loket.desktop.capture.CaptureStart;
import id.loket.desktop.capture.CaptureStep;
import id.loket.desktop.queue.QueueView;
import id.loket.desktop.support.Applicants;
import id.loket.desktop.support.Counter;
import id.loket.desktop.support.OutageWindows;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static id.loket.desktop.support.OutageWindows.texts;
import static id.loket.desktop.support.TestWindow.click;
import static id.loket.desktop.support.TestWindow.reveal;
import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outage mode against a real centre. The banner appears once the centre has been unreachable longer
 * than the threshold (15 minutes), on every screen, and goes when the centre answers again. Same-day
 * express meanwhile: the officer sees core's reason where the service level is chosen, cannot leave
 * the applicant step with it, and the review cannot finalise it.
 */
@ExtendWith(ApplicationExtension.class)
class OutageWindowTest {

    private static final String REFUSAL = "Layanan percepatan (selesai hari yang sama) tidak dapat dipilih selama "
            + "pusat tidak terjangkau (sejak 23 November 2026 pukul 10:00): persetujuan pusat dan pencetakan paspor "
            + "tidak tersedia. Pilih layanan reguler.";

    @TempDir
    Path home;
    private OutageWindows counter;

    @Start
    void start(Stage stage) throws Exception {
        counter = new OutageWindows(stage, home);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void appearsAfterTheThresholdWithoutTheCentreAndGoesWhenTheCentreAnswers(FxRobot robot) throws Exception {
        Counter.logIn(robot);
        counter.centre.step();
        counter.refreshBanner(robot);
        assertThat(counter.bannerShown(robot)).as("the centre answers").isFalse();

        counter.centre.stopCentre();
        counter.clock.advance(Duration.ofMinutes(1));
        counter.centre.step();
        counter.refreshBanner(robot);
        assertThat(counter.bannerShown(robot)).as("a minute without the centre is no outage yet").isFalse();

        counter.clock.advance(Duration.ofMinutes(14));
        counter.centre.step();
        counter.refreshBanner(robot);
        assertThat(counter.bannerShown(robot)).as("exactly the threshold").isFalse();
        counter.clock.advance(Duration.ofMinutes(1));
        counter.centre.step();
        counter.refreshBanner(robot);
        assertThat(counter.bannerShown(robot)).isTrue();
        assertThat(text(robot, "#outage-banner-headline")).isEqualTo(
                "Pusat tidak terjangkau sejak pukul 10:00 (16 menit). Kantor bekerja dalam mode gangguan.");
        assertThat(text(robot, "#outage-banner-works")).startsWith("Tetap berjalan: perekaman permohonan")
                .contains("pencatatan pembayaran, tanda terima");
        assertThat(text(robot, "#outage-banner-stopped")).isEqualTo(
                "Tidak tersedia: pencetakan paspor dan layanan percepatan (selesai hari yang sama).");

        click(robot, "#home-queue");
        assertThat(counter.window.host().currentProperty().get()).isInstanceOf(QueueView.class);
        assertThat(counter.bannerShown(robot)).as("on every screen").isTrue();
        click(robot, "#language-en");
        counter.clock.advance(Duration.ofMinutes(60));
        counter.refreshBanner(robot);
        assertThat(text(robot, "#outage-banner-headline")).isEqualTo(
                "The centre has been unreachable since 10:00 (1 h 16 min). The office is working in outage mode.");
        assertThat(text(robot, "#outage-banner-stopped")).isEqualTo(
                "Not available: passport printing and same-day express service.");

        counter.centre.startCentre();
        counter.centre.step();
        counter.refreshBanner(robot);
        assertThat(counter.bannerShown(robot)).as("the centre answers again").isFalse();
    }

    @Test
    void expressIsRefusedWithItsReasonAndTheDraftIsNotFinalisedAsExpress(FxRobot robot) throws Exception {
        Counter.logIn(robot);
        Application draft = Applicants.draft(counter.core, "Ni Kadek Ayu Lestari", "5171015208900002",
                LocalDate.of(1990, 8, 12), "Denpasar", Sex.FEMALE);
        Application express = Applicants.complete(counter.core, draft.withService(ServiceLevel.EXPRESS));
        counter.centreDownFor(20);
        counter.refreshBanner(robot);
        assertThat(counter.bannerShown(robot)).isTrue();

        robot.interact(() -> counter.window.showCapture(counter.admin, CaptureStart.resume(express.id())));
        click(robot, "#capture-rail-applicant");
        reveal(robot, "#capture-service-error");
        assertThat(robot.lookup("#capture-service-express").queryAs(ToggleButton.class)
                .isSelected()).isTrue();
        assertThat(text(robot, "#capture-service-error")).isEqualTo(REFUSAL);
        shot(robot, "outage-banner");

        click(robot, "#capture-next");
        assertThat(texts(robot, "#capture-problems")).contains(REFUSAL);
        assertThat(counter.window.captureDesk().flow().stepProperty().get()).isEqualTo(CaptureStep.APPLICANT);

        click(robot, "#capture-rail-review");
        assertThat(texts(robot, "#capture-review-refusals")).containsExactly(REFUSAL);
        click(robot, "#capture-finalise");
        assertThat(text(robot, "#capture-review-error")).isEqualTo(REFUSAL);
        Application stored = counter.core.applications().find(express.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(stored.receiptNumber()).isNull();
        assertThat(counter.core.outbox().pending()).isEmpty();

        click(robot, "#capture-rail-applicant");
        reveal(robot, "#capture-service-regular");
        click(robot, "#capture-service-regular");
        assertThat(robot.lookup("#capture-service-error").query().isVisible()).as("regular service is open").isFalse();
        click(robot, "#capture-next");
        assertThat(counter.core.applications().find(express.id()).orElseThrow().service())
                .isEqualTo(ServiceLevel.REGULAR);
    }
}
