package id.loket.desktop.calllist;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.application.Sex;
import id.loket.core.calllist.CallStatus;
import id.loket.core.calllist.Contact;
import id.loket.core.calllist.SentContact;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.AppointmentInput;
import id.loket.core.store.Ids;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.Applicants;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.StatusEvent;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The call list in the window after the centre came back: an approval and a rejection from the
 * status feed and three moved appointments, one marked as called by hand, the rest exported.
 */
@ExtendWith(ApplicationExtension.class)
class CallListWindowTest {

    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "Ni Luh Putu Ayu", Role.OFFICER, true);

    @TempDir
    Path home;
    private CoreServices core;
    private Path exported;

    @Start
    void start(Stage stage) {
        core = TestCore.open(home.resolve("store"));
        core.deviceProfiles().save("DPS", 7);
        Application approved = Applicants.finalised(core, "Ni Kadek Ayu Lestari", "5171015208900003",
                LocalDate.of(1990, 8, 12), "Denpasar", Sex.FEMALE, "081338112233");
        Application rejected = Applicants.finalised(core, "Budi Santoso", "3201011208900001",
                LocalDate.of(1990, 8, 12), "Bogor", Sex.MALE, "081298765432");
        core.sync().decisions().apply(new StatusEvent(1, approved.id(), Decision.APPROVED, null, TestCore.CLOCK.instant()));
        core.sync().decisions().apply(new StatusEvent(2, rejected.id(), Decision.REJECTED,
                "Latar belakang foto tidak putih", TestCore.CLOCK.instant()));
        Applicants.draft(core, "Siti Aminah", "3201015208900002", LocalDate.of(1990, 8, 12), "Bogor", Sex.FEMALE,
                "085737001122");
        for (String[] a : List.of(new String[] {"Siti Aminah", "1990-08-12", "3201015208900002", "MP-1001"},
                new String[] {"I Made Wirawan", "1985-05-05", "5171010505850005", "MP-1003"},
                new String[] {"Agus Salim", "1985-05-05", "5171010505850006", "MP-1004"})) {
            var added = core.queue().appointments().add(new AppointmentInput(a[0], a[1], a[2], a[3]), OFFICER);
            core.queue().rescheduling().reschedule(added.appointmentId(), LocalDate.of(2026, 11, 26), OFFICER);
        }
        exported = home.resolve("daftar-telepon.csv");
        CallListViewModel model = new CallListViewModel(core.callList(), new SameThreadTaskRunner(),
                new RecordingNavigator());
        CallListView view = new CallListView(model, TestCore.indonesian(), window -> Optional.of(exported));
        StackPane host = new StackPane(view.root());
        host.getStyleClass().add("screen-host");
        TestWindow.show(stage, host, 1280, 800);
        view.activate();
        model.open(OFFICER);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void marksOneAsCalledThenExportsTheRestAndTheListEmpties(FxRobot robot) throws Exception {
        TableView<Contact> table = robot.lookup("#calllist-table").queryTableView();
        assertThat(table.getItems()).extracting(Contact::fullName, Contact::status, Contact::phone).containsExactly(
                tuple("Agus Salim", CallStatus.MUST_RESCHEDULE, null),
                tuple("Budi Santoso", CallStatus.REJECTED, "081298765432"),
                tuple("I Made Wirawan", CallStatus.MUST_RESCHEDULE, null),
                tuple("Ni Kadek Ayu Lestari", CallStatus.APPROVED, "081338112233"),
                tuple("Siti Aminah", CallStatus.MUST_RESCHEDULE, "085737001122"));
        robot.interact(() -> table.getSelectionModel().select(3));
        shot(robot, "call-list");

        robot.interact(() -> table.getSelectionModel().select(0));
        TestWindow.click(robot, "#calllist-mark-called");
        assertThat(text(robot, "#calllist-notice")).isEqualTo("Agus Salim dicatat sudah ditelepon.");
        assertThat(table.getItems()).hasSize(4);

        TestWindow.click(robot, "#calllist-export");
        assertThat(text(robot, "#calllist-notice")).startsWith("4 pemohon diekspor ke ");
        List<String> lines = Files.readAllLines(exported);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("Budi Santoso,081298765432,Ditolak,DPS-07-")
                .contains("Alasan: Latar belakang foto tidak putih.");
        assertThat(lines.get(2)).startsWith("I Made Wirawan,,Jadwal dipindah,MP-1003,");
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#calllist-export").queryButton().isDisabled()).isTrue();
        assertThat(core.callList().sent()).extracting(SentContact::channel)
                .containsExactlyInAnyOrder("HAND", "CSV", "CSV", "CSV", "CSV");
    }
}
