package id.loket.desktop.queue;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.queue.PriorityCriterion;
import id.loket.core.queue.RowResult;
import id.loket.core.queue.Ticket;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static id.loket.desktop.queue.QueueTestOfficers.OFFICER;
import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The queue screen on the real store, driven like an officer would: from home, click, type, read. */
@ExtendWith(ApplicationExtension.class)
class QueueWindowTest {

    @TempDir
    Path home;
    private CoreServices core;
    private I18n i18n;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        core = TestCore.open(home.resolve("store"));
        core.deviceProfiles().save("DPS", 7);
        i18n = TestCore.indonesian();
        window = new MainWindow(core, i18n, new SameThreadTaskRunner(), TestCore.CLOCK, home);
        TestWindow.show(stage, window.root(), 1280, 800);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static Bounds sceneBounds(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        robot.interact(() -> bounds.set(node.localToScene(node.getBoundsInLocal())));
        return bounds.get();
    }

    private void openQueueFromHome(FxRobot robot) {
        robot.interact(() -> window.showHome(OFFICER));
        robot.clickOn("#home-queue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.host().currentProperty().get()).isInstanceOf(QueueView.class);
    }

    @Test
    void issuesUntilTheQuotaIsFullAndShowsTheRefusal(FxRobot robot) throws Exception {
        QueueTestOfficers.quota(core, Lane.WALK_IN, 2);
        openQueueFromHome(robot);
        assertThat(text(robot, "#lane-count-walk-in")).isEqualTo("0 / 2");
        robot.clickOn("#issue-walk-in");
        assertThat(text(robot, "#queue-notice")).isEqualTo("Nomor W07-001 diterbitkan (Datang langsung (walk-in)).");
        robot.clickOn("#issue-walk-in");
        assertThat(text(robot, "#lane-count-walk-in")).isEqualTo("2 / 2");
        assertThat(text(robot, "#lane-badge-walk-in")).isEqualTo("Kuota hari ini penuh");
        assertThat(robot.lookup("#lane-badge-collective").queryAs(Labeled.class).isVisible()).isFalse();

        robot.clickOn("#issue-walk-in");
        assertThat(text(robot, "#queue-error")).isEqualTo(
                "Kuota loket Datang langsung (walk-in) hari ini sudah penuh (2/2). Silakan datang kembali besok.");
        assertThat(robot.lookup("#queue-notice").queryAs(Labeled.class).isVisible()).isFalse();
        assertThat(core.queue().tickets().ticketsOn(core.queue().tickets().today())).hasSize(2);

        robot.clickOn("#language-en");
        assertThat(text(robot, "#queue-error")).isEqualTo(
                "Today's quota for the Walk-in lane is full (2/2). Please come back tomorrow.");

        robot.clickOn("#tab-settings");
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#quota-walk-in").query().isDisabled()).isTrue();
        assertThat(text(robot, "#settings-read-only")).contains("supervisor");
        shot(robot, "queue-settings");
    }

    @Test
    void callingOutOfOrderNeedsAReasonThatTheAuditLogKeeps(FxRobot robot) throws Exception {
        QueueTestOfficers.quota(core, Lane.COLLECTIVE, 1);
        openQueueFromHome(robot);
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#issue-walk-in");
        }
        robot.clickOn("#issue-collective");
        assertThat(text(robot, "#lane-badge-collective")).isEqualTo("Kuota hari ini penuh");
        ComboBox<?> criterion = robot.lookup("#priority-criterion").queryAs(ComboBox.class);
        robot.interact(() -> criterion.getSelectionModel().select(PriorityCriterion.ELDERLY_60_PLUS.ordinal()));
        robot.clickOn("#issue-priority");
        assertThat(text(robot, "#lane-waiting-walk-in")).isEqualTo("Menunggu: 3");

        ListView<Ticket> waiting = robot.lookup("#queue-waiting").queryListView();
        Ticket third = waiting.getItems().stream().filter(t -> t.number().equals("W07-003")).findFirst().orElseThrow();
        robot.interact(() -> waiting.getSelectionModel().select(third));
        robot.clickOn("#queue-call-out-of-order");
        assertThat(text(robot, "#queue-ooo-header")).startsWith("Panggil W07-003");
        assertThat(robot.lookup("#queue-ooo-confirm").queryButton().isDisabled()).isTrue();
        robot.clickOn("#queue-ooo-reason").write("Lansia di kursi roda");
        assertThat(robot.lookup("#queue-ooo-confirm").queryButton().isDisabled()).isFalse();
        robot.clickOn("#queue-ooo-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#queue-current-number")).isEqualTo("W07-003");
        assertThat(text(robot, "#queue-notice")).contains("di luar urutan");
        AuditEntry entry = core.audit().entries().getLast();
        assertThat(entry.action()).isEqualTo("queue.call-out-of-order");
        assertThat(entry.subject()).isEqualTo("W07-003");
        assertThat(entry.details()).containsEntry("reason", "Lansia di kursi roda")
                .containsEntry("skipped", "W07-001,W07-002");
        assertThat(robot.lookup("#queue-no-show").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#queue-served").queryButton().isDisabled()).isTrue();
        shot(robot, "queue");

        robot.clickOn("#queue-serve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.host().currentProperty().get()).isNotInstanceOf(QueueView.class);
    }

    @Test
    void importsAppointmentsFromCsvAndChecksOneIn(FxRobot robot) throws Exception {
        Path file = Files.writeString(home.resolve("janji-temu.csv"), AppointmentsViewModelTest.CSV);
        QueueDesk desk = new QueueDesk(core.queue(), core.announcements(), new SameThreadTaskRunner(),
                new RecordingNavigator());
        QueueView view = new QueueView(desk, i18n, owner -> Optional.of(file));
        robot.interact(() -> {
            desk.open(OFFICER);
            window.host().show(view);
            view.select(1);
        });
        robot.clickOn("#appointment-import");
        TableView<RowResult> report = robot.lookup("#appointment-report").queryTableView();
        assertThat(report.getItems()).hasSize(4);
        assertThat(text(robot, "#appointments-notice")).isEqualTo("Diimpor 1, sudah ada 0, ditolak 3.");

        robot.clickOn("#appointment-name").write("Made Wirawan");
        robot.clickOn("#appointment-birth-date").write("1990-08-12");
        robot.clickOn("#appointment-nik").write("12");
        robot.clickOn("#appointment-save");
        assertThat(text(robot, "#appointment-nik-error")).isEqualTo(i18n.core().text("nik.error.length", "2"));
        assertThat(text(robot, "#appointment-booking-code-error")).isEqualTo("Kode booking wajib diisi.");
        assertThat(sceneBounds(robot, "#appointment-nik-error").getMinY())
                .as("the NIK's message sits between the NIK and the booking code")
                .isGreaterThan(sceneBounds(robot, "#appointment-nik").getMaxY() - 1)
                .isLessThan(sceneBounds(robot, "#appointment-booking-code").getMinY());

        TableView<AppointmentsViewModel.AppointmentRow> list = robot.lookup("#appointments-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#appointment-check-in");
        assertThat(text(robot, "#appointments-notice")).isEqualTo("Janji temu MP-0001 sudah check-in dengan nomor A07-001.");
        assertThat(robot.lookup("#appointment-check-in").queryButton().isDisabled()).isTrue();
        Node scroll = report;
        while (!(scroll instanceof ScrollPane)) {
            scroll = scroll.getParent();
        }
        ScrollPane tab = (ScrollPane) scroll;
        robot.interact(() -> tab.setVvalue(0));
        shot(robot, "queue-appointments");
        robot.interact(() -> tab.setVvalue(tab.getVmax()));
        shot(robot, "queue-appointments-report");
    }
}
