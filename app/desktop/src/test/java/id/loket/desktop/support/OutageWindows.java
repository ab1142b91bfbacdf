package id.loket.desktop.support;

import id.loket.core.CoreServices;
import id.loket.core.officer.Officer;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.shell.MainWindow;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The outage window tests' common set-up: a counter (DPS 7, administrator ayu) on a movable clock,
 * enrolled with a real centre, and the main window on it.
 */
public final class OutageWindows {

    public final MovableClock clock = MovableClock.atTestTime();
    public final CoreServices core;
    public final Officer admin;
    public final CentreOutage centre;
    public final MainWindow window;

    public OutageWindows(Stage stage, Path home) throws IOException {
        core = CoreServices.open(home.resolve("store"), clock, TestCore.fastHasher());
        core.deviceProfiles().save("DPS", 7);
        admin = core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        centre = new CentreOutage(home, clock);
        centre.enroll(core);
        window = new MainWindow(core, TestCore.indonesian(), new SameThreadTaskRunner(), clock, home);
        TestWindow.show(stage, window.root(), 1280, 800);
        window.start();
    }

    /** The centre answered at 10:00, went down, and stayed down for {@code minutes} minutes. */
    public void centreDownFor(int minutes) throws InterruptedException {
        centre.step();
        centre.stopCentre();
        clock.advance(java.time.Duration.ofMinutes(minutes));
        centre.step();
    }

    /** The banner reads the watch again (its ticker does so every few seconds). */
    public void refreshBanner(FxRobot robot) {
        robot.interact(() -> window.outageBanner().refresh());
    }

    public boolean bannerShown(FxRobot robot) {
        return robot.lookup("#outage-banner").query().isVisible();
    }

    /** The texts of the labels inside the node with this id. */
    public static List<String> texts(FxRobot robot, String id) {
        return robot.lookup(id + " .label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    public void close() {
        WaitForAsyncUtils.asyncFx(() -> {
            window.waitingRoom().close();
            window.outageBanner().stop();
        });
        WaitForAsyncUtils.waitForFxEvents();
        centre.close();
        core.close();
    }
}
