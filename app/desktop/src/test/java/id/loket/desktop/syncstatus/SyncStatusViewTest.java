package id.loket.desktop.syncstatus;

import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import id.loket.sync.agent.Connectivity;
import id.loket.sync.agent.SyncStatus;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status bar's sync corner as the officer sees it, in the app's theme: a device the centre
 * refuses (revoked, ADR 0019) turns the line red with a locked cloud, and back once it is accepted.
 */
@ExtendWith(ApplicationExtension.class)
class SyncStatusViewTest {

    private final FakeSyncMonitor monitor = new FakeSyncMonitor();

    @Start
    void start(Stage stage) {
        SyncStatusViewModel model = new SyncStatusViewModel(monitor, Platform::runLater, new SameThreadTaskRunner(),
                TestCore.CLOCK);
        SyncStatusView view = new SyncStatusView(model, TestCore.indonesian());
        BorderPane root = new BorderPane();
        view.node().getStyleClass().add("status-bar");
        root.setBottom(view.node());
        TestWindow.show(stage, root, 900, 120);
        model.activate();
    }

    @Test
    void aRefusedDeviceTurnsTheLineRedAndSaysToCallTheAdministrator(FxRobot robot) throws Exception {
        publish(new SyncStatus(true, Connectivity.ONLINE, 4, 2_000_000, 0, 0, null, null, "unknown-device"));
        Label line = robot.lookup("#sync-status").queryAs(Label.class);
        assertThat(line.getText()).isEqualTo("Pusat menolak perangkat ini (dicabut?): hubungi admin · 4 rekaman"
                + " menunggu (2 MB), tidak ada yang hilang");
        assertThat(line.getTooltip().getText()).as("the whole line, where the bar cuts it").isEqualTo(line.getText());
        assertThat(line.getStyleClass()).contains(SyncStatusView.REFUSED_STYLE);
        assertThat(((FontIcon) line.getGraphic()).getIconCode()).isEqualTo(MaterialDesignC.CLOUD_LOCK_OUTLINE);
        TestWindow.shot(robot, "24-sync-device-refused");

        publish(new SyncStatus(true, Connectivity.ONLINE, 4, 2_000_000, 0, 20_000, Duration.ofSeconds(100), null, null));
        assertThat(line.getText()).startsWith("Mengirim ke pusat: 4 rekaman");
        assertThat(line.getStyleClass()).doesNotContain(SyncStatusView.REFUSED_STYLE);
        assertThat(((FontIcon) line.getGraphic()).getIconCode()).isEqualTo(MaterialDesignC.CLOUD_CHECK_OUTLINE);
    }

    private void publish(SyncStatus status) {
        monitor.publish(status);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
