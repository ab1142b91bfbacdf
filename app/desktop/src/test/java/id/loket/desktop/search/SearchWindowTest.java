package id.loket.desktop.search;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.application.Sex;
import id.loket.core.name.search.ApplicationHit;
import id.loket.desktop.capture.CaptureFlowView;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.Applicants;
import id.loket.desktop.support.Counter;
import javafx.scene.control.TableView;
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
import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static id.loket.desktop.support.TestWindow.type;
import static org.assertj.core.api.Assertions.assertThat;

/** The search screen from the home screen, against a real store with applications from other counters. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {

    @TempDir
    Path home;
    private CoreServices core;
    private MainWindow window;
    private Application joko;
    private Application budi;
    private Application siti;

    @Start
    void start(Stage stage) {
        core = Counter.open(home);
        joko = Applicants.finalised(core, "Muhammad Joko Susilo", "3374010103650003", LocalDate.of(1965, 3, 1),
                "Semarang", Sex.MALE);
        budi = Applicants.finalised(core, "Budi Santoso", "3201011208900001", LocalDate.of(1990, 8, 12), "Bogor",
                Sex.MALE);
        siti = Applicants.draft(core, "Siti Aminah", "3374014103700002", LocalDate.of(1970, 3, 1), "Semarang",
                Sex.FEMALE);
        Applicants.draft(core, "Joko Widodo", "3372012106610001", LocalDate.of(1961, 6, 21), "Surakarta", Sex.MALE);
        window = Counter.show(stage, core, home);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void findsAnOldSpellingByNameThenByReceiptAndNikAndOpensTheApplication(FxRobot robot) throws IOException {
        Counter.logIn(robot);
        click(robot, "#home-search");
        assertThat(window.host().currentProperty().get()).isInstanceOf(SearchView.class);

        type(robot, "#search-query", "Moehammad Djoko Soesilo");
        click(robot, "#search-go");
        assertThat(rows(robot)).extracting(ApplicationHit::id).containsExactly(joko.id());
        assertThat(text(robot, "#search-summary")).isEqualTo("1 permohonan ditemukan menurut nama: \"Moehammad Djoko Soesilo\"");
        assertThat(cell(robot, 0, 0)).isEqualTo("Muhammad Joko Susilo");
        assertThat(cell(robot, 0, 1)).isEqualTo("3374010103650003");
        assertThat(cell(robot, 0, 2)).isEqualTo("1 Maret 1965");
        assertThat(cell(robot, 0, 3)).isEqualTo("Selesai direkam");
        assertThat(cell(robot, 0, 4)).isEqualTo(joko.receiptNumber());
        shot(robot, "search-name");

        search(robot, budi.receiptNumber().toLowerCase(java.util.Locale.ROOT));
        assertThat(rows(robot)).extracting(ApplicationHit::id).containsExactly(budi.id());
        assertThat(text(robot, "#search-summary")).contains("menurut nomor tanda terima");

        search(robot, "3374 0141 0370 0002");
        assertThat(rows(robot)).extracting(ApplicationHit::id).containsExactly(siti.id());
        assertThat(cell(robot, 0, 4)).isEqualTo("(draf)");

        search(robot, "Kurniawati");
        assertThat(rows(robot)).isEmpty();
        assertThat(text(robot, "#search-summary")).startsWith("Tidak ada permohonan menurut nama");

        // as a name, a receipt number finds nothing: the officer's choice of kind is obeyed
        click(robot, "#search-kind-name");
        search(robot, budi.receiptNumber());
        assertThat(rows(robot)).isEmpty();
        click(robot, "#search-kind-auto");

        search(robot, "Moehammad Djoko Soesilo");
        robot.interact(() -> robot.lookup("#search-results").queryAs(TableView.class).getSelectionModel().select(0));
        click(robot, "#search-open");
        assertThat(window.host().currentProperty().get()).isInstanceOf(CaptureFlowView.class);
        assertThat(window.captureDesk().flow().draftProperty().get().id()).isEqualTo(joko.id());
    }

    private static void search(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup("#search-query").queryTextInputControl().clear());
        type(robot, "#search-query", query);
        click(robot, "#search-go");
    }

    @SuppressWarnings("unchecked")
    private static List<ApplicationHit> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#search-results").queryAs(TableView.class).getItems());
    }

    private static String cell(FxRobot robot, int row, int column) {
        TableView<?> table = robot.lookup("#search-results").queryAs(TableView.class);
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }
}
