package id.loket.desktop.queue;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.queue.AppointmentInput;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import javafx.scene.control.DatePicker;
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

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;

import static id.loket.desktop.queue.QueueTestOfficers.NIK_1990_08_12;
import static id.loket.desktop.queue.QueueTestOfficers.OFFICER;
import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Moving an appointment from the queue's appointments tab: a full day refused, a day with room accepted. */
@ExtendWith(ApplicationExtension.class)
class RescheduleWindowTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path home;
    private CoreServices core;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        core = TestCore.open(home.resolve("store"));
        core.deviceProfiles().save("DPS", 7);
        QueueTestOfficers.quota(core, Lane.APPOINTMENT, 1);
        core.queue().appointments().add(new AppointmentInput("Budi Santoso", "1990-08-12", NIK_1990_08_12, "MP-0001"),
                OFFICER);
        core.queue().appointments().importCsv(new StringReader("""
                nama,tanggal lahir,NIK,kode booking
                Wayan Sudra,1990-08-12,%s,MP-0009
                """.formatted(NIK_1990_08_12)), TUESDAY, OFFICER);
        window = new MainWindow(core, TestCore.indonesian(), new SameThreadTaskRunner(), TestCore.CLOCK, home);
        TestWindow.show(stage, window.root(), 1280, 800);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aFullDayIsRefusedWithItsCountsAndALaterDayWithRoomIsTaken(FxRobot robot) {
        robot.interact(() -> window.showHome(OFFICER));
        robot.clickOn("#home-queue");
        robot.clickOn("#tab-appointments");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<AppointmentsViewModel.AppointmentRow> list = robot.lookup("#appointments-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        DatePicker date = robot.lookup("#appointment-new-date").queryAs(DatePicker.class);

        robot.interact(() -> date.setValue(TUESDAY));
        robot.clickOn("#appointment-reschedule");
        assertThat(text(robot, "#appointments-error"))
                .isEqualTo("Kuota janji temu M-Paspor tanggal 24 November 2026 sudah penuh (1/1); pilih tanggal lain.");
        assertThat(list.getItems()).hasSize(1);

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.interact(() -> date.setValue(WEDNESDAY));
        robot.clickOn("#appointment-reschedule");
        assertThat(text(robot, "#appointments-notice")).isEqualTo(
                "Janji temu MP-0001 dipindahkan ke 25 November 2026; pemohon masuk daftar telepon.");
        assertThat(list.getItems()).isEmpty();
        assertThat(core.queue().appointments().on(WEDNESDAY)).singleElement()
                .satisfies(a -> assertThat(a.bookingCode()).isEqualTo("MP-0001"));
        assertThat(core.audit().entries().getLast().action()).isEqualTo("queue.appointment-rescheduled");
    }
}
