package id.loket.desktop.booth;

import id.loket.core.CoreServices;
import id.loket.core.audit.AuditEntry;
import id.loket.core.biometric.FingerSet;
import id.loket.core.booth.BoothEvent;
import id.loket.core.booth.ListedApplicant;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.desktop.capture.CaptureFlowView;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
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
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The booth screen on the real store, driven like a booth team would: the event's progress against
 * its quota, captures started from the organiser's list, the refusal at the quota, and a
 * supervisor raising it with their own password.
 */
@ExtendWith(ApplicationExtension.class)
class BoothWindowTest {

    static final String LIST = """
            nama;tanggal lahir;NIK
            Ni Kadek Ayu Lestari;12/08/1990;5171015208900003
            I Made Wirawan;05-05-1985;5171010505850005
            Siti Aminah;1990-08-12;3201015208900002
            Budi Santoso;1990-08-12;3201011208900001
            """;

    @TempDir
    Path home;
    private CoreServices core;
    private MainWindow window;
    private Officer officer;
    private BoothEvent event;

    @Start
    void start(Stage stage) {
        core = TestCore.open(home.resolve("store"));
        core.deviceProfiles().save("DPS", 7);
        Officer admin = core.officers().createFirstAdministrator("admin", "Ayu Lestari", "rahasia-123".toCharArray());
        officer = core.officers().add(admin, "petugas1", "Ni Luh Putu Ayu", Role.OFFICER, "rahasia-456".toCharArray());
        core.officers().add(admin, "kasi1", "I Made Sudarsana", Role.SUPERVISOR, "rahasia-789".toCharArray());
        event = core.booth().events().create("Eazy Paspor PT Sinar Jaya", "Aula PT Sinar Jaya, Denpasar",
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), 3, officer);
        core.booth().list().importCsv(event.id(), LIST, officer);
        window = new MainWindow(core, TestCore.indonesian(), new SameThreadTaskRunner(), TestCore.CLOCK, home);
        TestWindow.show(stage, window.root(), 1280, 800);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private void openBooth(FxRobot robot) {
        robot.interact(() -> window.showHome(officer));
        robot.clickOn("#home-booth");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.host().currentProperty().get()).isInstanceOf(BoothView.class);
    }

    private void startCaptureOf(FxRobot robot, String name) {
        TableView<ListedApplicant> list = robot.lookup("#booth-list").queryTableView();
        ListedApplicant person = list.getItems().stream().filter(p -> p.fullName().equals(name)).findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(person));
        robot.clickOn("#booth-start-capture");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The share of the bar's track that its fill covers. */
    private double progress(FxRobot robot) {
        StackPane track = robot.lookup("#booth-progress").queryAs(StackPane.class);
        Region fill = (Region) track.getChildren().getFirst();
        AtomicReference<Double> shown = new AtomicReference<>();
        robot.interact(() -> shown.set(fill.getWidth() / track.getWidth()));
        return shown.get();
    }

    @Test
    void showsProgressAgainstTheQuotaRefusesTheCaptureBeyondItAndASupervisorRaisesIt(FxRobot robot)
            throws Exception {
        openBooth(robot);
        assertThat(text(robot, "#booth-event-name")).isEqualTo("Eazy Paspor PT Sinar Jaya");
        assertThat(text(robot, "#booth-progress-text"))
                .isEqualTo("0 dari 3 permohonan selesai \u00b7 0 dimulai \u00b7 sisa 3 tempat \u00b7 4 orang di daftar");
        assertThat(progress(robot)).isZero();

        // a capture started from the list opens the capture flow with the list's data filled in
        startCaptureOf(robot, "Budi Santoso");
        assertThat(window.host().currentProperty().get()).isInstanceOf(CaptureFlowView.class);
        assertThat(TestWindow.field(robot, "#capture-nik")).isEqualTo("3201011208900001");
        assertThat(TestWindow.field(robot, "#capture-fullname")).isEqualTo("Budi Santoso");
        assertThat(TestWindow.field(robot, "#capture-birthdate")).isEqualTo("12-08-1990");

        openBooth(robot);
        assertThat(text(robot, "#booth-progress-text")).contains("1 dimulai").contains("sisa 2 tempat");
        startCaptureOf(robot, "I Made Wirawan");
        openBooth(robot);
        assertThat(text(robot, "#booth-quota-badge")).isEqualTo("Kuota hampir penuh: sisa 1 tempat.");
        startCaptureOf(robot, "Ni Kadek Ayu Lestari");
        openBooth(robot);
        assertThat(text(robot, "#booth-progress-text")).contains("3 dimulai").contains("sisa 0 tempat");
        assertThat(progress(robot)).isCloseTo(1.0, offset(0.01));
        assertThat(text(robot, "#booth-quota-badge"))
                .isEqualTo("Kuota acara penuh: perekaman berikutnya memerlukan supervisor menambah kuota.");

        // at the quota the next capture is refused with the counts, and nothing is started
        startCaptureOf(robot, "Siti Aminah");
        assertThat(window.host().currentProperty().get()).isInstanceOf(BoothView.class);
        assertThat(text(robot, "#booth-error")).isEqualTo("Kuota acara Eazy Paspor PT Sinar Jaya sudah penuh "
                + "(3/3 permohonan). Perekaman berikutnya memerlukan supervisor untuk menambah kuota.");
        assertThat(core.booth().list().progress(event.id()).started()).isEqualTo(3);
        shot(robot, "booth-event-full");

        // an officer's own password does not raise it; the supervisor's does, with a reason
        robot.clickOn("#booth-raise-quota");
        robot.clickOn("#booth-quota-new").write("4");
        robot.clickOn("#booth-quota-reason").write("Satu peserta tambahan, booklet cukup");
        robot.clickOn("#booth-quota-username").write("petugas1");
        robot.clickOn("#booth-quota-password").write("rahasia-456");
        robot.clickOn("#booth-quota-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#booth-error"))
                .isEqualTo("Hanya supervisor atau administrator yang dapat menambah kuota acara.");
        robot.clickOn("#booth-raise-quota");
        robot.clickOn("#booth-quota-new").write("4");
        robot.clickOn("#booth-quota-reason").write("Satu peserta tambahan, booklet cukup");
        robot.clickOn("#booth-quota-username").write("kasi1");
        robot.clickOn("#booth-quota-password").write("rahasia-789");
        robot.clickOn("#booth-quota-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#booth-notice"))
                .isEqualTo("Kuota Eazy Paspor PT Sinar Jaya menjadi 4 (disetujui I Made Sudarsana).");
        assertThat(text(robot, "#booth-progress-text")).contains("sisa 1 tempat");
        AuditEntry raised = core.audit().entries().stream().filter(e -> e.action().equals("booth.quota-raised"))
                .findFirst().orElseThrow();
        assertThat(raised.actor()).isEqualTo("kasi1");
        assertThat(raised.details()).containsEntry("reason", "Satu peserta tambahan, booklet cukup");

        startCaptureOf(robot, "Siti Aminah");
        assertThat(window.host().currentProperty().get()).isInstanceOf(CaptureFlowView.class);
        assertThat(core.booth().list().progress(event.id()).started()).isEqualTo(4);
    }

    /** Twelve people from a company's list, nine captures started, one finalised place short of the quota. */
    @Test
    void aBoothScreenForTheReadme(FxRobot robot) throws Exception {
        BoothEvent umrah = core.booth().events().create("Eazy Paspor Kemenag Badung: calon jemaah umrah",
                "Kantor Kemenag Kabupaten Badung, Mangupura", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24),
                10, officer);
        core.booth().list().importCsv(umrah.id(), """
                nama,tanggal lahir,NIK
                I Ketut Suardana,1961-03-14,5103011403610001
                Ni Wayan Sukarni,1964-07-02,5103014207640002
                H. Ahmad Fauzi,1958-11-20,5103012011580003
                Hj. Siti Rahmah,1960-01-05,5103014501600004
                Muhammad Rizki Pratama,1992-09-09,5103010909920005
                Nur Aisyah,1995-04-18,5103015804950006
                Abdul Karim,1970-12-01,5103010112700007
                Fatimah Zahra,1973-06-30,5103017006730008
                Ismail Marzuki,1966-02-11,5103011102660009
                Khadijah Binti Umar,1968-08-25,5103016508680010
                Yusuf Habibie,1985-10-10,5103011010850011
                Zainab Lestari,1988-03-03,5103014303880012
                """, officer);
        for (ListedApplicant p : core.booth().list().list(umrah.id()).subList(0, 9)) {
            core.booth().list().startCapture(umrah.id(), p.id(), FingerSet.TWO_INDEX, officer);
        }
        openBooth(robot);
        ListView<BoothEvent> events = robot.lookup("#booth-events").queryListView();
        robot.interact(() -> events.getSelectionModel().select(events.getItems().stream()
                .filter(e -> e.id().equals(umrah.id())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#booth-progress-text")).contains("9 dimulai").contains("sisa 1 tempat")
                .contains("12 orang di daftar");
        assertThat(text(robot, "#booth-quota-badge")).isEqualTo("Kuota hampir penuh: sisa 1 tempat.");
        assertThat(progress(robot)).isCloseTo(0.9, offset(0.01));
        TableView<ListedApplicant> list = robot.lookup("#booth-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(p -> p.applicationId() == null).findFirst().orElseThrow()));
        assertThat(robot.lookup("#booth-quota-badge").queryAs(Labeled.class).isVisible()).isTrue();
        shot(robot, "booth-event");
    }
}
