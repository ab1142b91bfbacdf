package id.loket.desktop.booth;

import id.loket.core.CoreServices;
import id.loket.core.biometric.FingerSet;
import id.loket.core.booth.ListRow;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.RowOutcome;
import id.loket.core.store.Ids;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.support.RecordingNavigator;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Setting up a booth event in the window and importing the organiser's list, with a bad row reported. */
@ExtendWith(ApplicationExtension.class)
class BoothImportWindowTest {

    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "Ni Luh Putu Ayu", Role.OFFICER, true);

    @TempDir
    Path home;
    private CoreServices core;
    private BoothViewModel model;
    private Path csv;
    private final RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        core = TestCore.open(home.resolve("store"));
        core.deviceProfiles().save("DPS", 7);
        csv = home.resolve("peserta.csv");
        try {
            Files.writeString(csv, """
                    Nama Lengkap;Tgl Lahir;NIK
                    Ni Kadek Ayu Lestari;12/08/1990;5171015208900003
                    I Made Wirawan;1985-05-05;51710105058500
                    Siti Aminah;1990-08-12;3201015208900002
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        I18n i18n = TestCore.indonesian();
        model = new BoothViewModel(core.booth(), core.officers(), FingerSet.TWO_INDEX, new SameThreadTaskRunner(),
                navigator);
        BoothView view = new BoothView(model, i18n, window -> Optional.of(csv));
        TestWindow.show(stage, view.root(), 1280, 800);
        view.activate();
        model.open(OFFICER);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void createsAnEventImportsTheListAndReportsTheBadRow(FxRobot robot) {
        assertThat(text(robot, "#booth-event-where")).isEqualTo("Belum ada acara. Buat acara baru di sebelah kiri.");
        TestWindow.type(robot, "#booth-form-name", "Eazy Paspor PT Sinar Jaya");
        TestWindow.type(robot, "#booth-form-place", "Aula PT Sinar Jaya, Denpasar");
        TestWindow.type(robot, "#booth-form-quota", "78");
        DatePicker startDay = robot.lookup("#booth-form-start").queryAs(DatePicker.class);
        DatePicker endDay = robot.lookup("#booth-form-end").queryAs(DatePicker.class);
        robot.interact(() -> {
            startDay.setValue(LocalDate.of(2026, 11, 24));
            endDay.setValue(LocalDate.of(2026, 11, 23));
        });
        TestWindow.click(robot, "#booth-form-save");
        assertThat(text(robot, "#booth-error")).isEqualTo(
                "Tanggal selesai (23 November 2026) tidak boleh sebelum tanggal mulai (24 November 2026).");
        assertThat(core.booth().events().events()).isEmpty();

        robot.interact(() -> endDay.setValue(LocalDate.of(2026, 11, 25)));
        TestWindow.click(robot, "#booth-form-save");
        assertThat(text(robot, "#booth-notice")).isEqualTo("Acara Eazy Paspor PT Sinar Jaya disimpan.");
        assertThat(text(robot, "#booth-event-name")).isEqualTo("Eazy Paspor PT Sinar Jaya");
        assertThat(text(robot, "#booth-progress-text"))
                .isEqualTo("0 dari 78 permohonan selesai \u00b7 0 dimulai \u00b7 sisa 78 tempat \u00b7 0 orang di daftar");

        TestWindow.click(robot, "#booth-import");
        assertThat(text(robot, "#booth-notice")).isEqualTo("Daftar diimpor: 2 baru, 0 sudah ada, 1 ditolak.");
        TableView<ListRow> report = robot.lookup("#booth-report").queryTableView();
        assertThat(report.isVisible()).isTrue();
        ListRow bad = report.getItems().stream().filter(r -> r.outcome() == RowOutcome.REJECTED).findFirst()
                .orElseThrow();
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.fullName()).isEqualTo("I Made Wirawan");
        assertThat(robot.lookup("#booth-list").queryTableView().getItems()).hasSize(2);
        assertThat(text(robot, "#booth-progress-text")).endsWith("2 orang di daftar");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
