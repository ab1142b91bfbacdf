package id.loket.desktop.support;

import id.loket.core.CoreServices;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.shell.MainWindow;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

/**
 * A counter as the window tests find it: store set up as DPS counter 7 with administrator ayu, the
 * real main window on a same-thread task runner, and ayu signing in.
 */
public final class Counter {

    private Counter() {
    }

    /** The real core on {@code home}, set up as DPS counter 7 with the administrator ayu. */
    public static CoreServices open(Path home) {
        CoreServices core = TestCore.open(home);
        core.deviceProfiles().save("DPS", 7);
        core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        return core;
    }

    /** The main window on {@code core}, shown in {@code stage} at the login screen. */
    public static MainWindow show(Stage stage, CoreServices core, Path home) {
        MainWindow window = new MainWindow(core, TestCore.indonesian(), new SameThreadTaskRunner(), TestCore.CLOCK, home);
        TestWindow.show(stage, window.root(), 1280, 800);
        window.start();
        return window;
    }

    /** Signs in as ayu. */
    public static void logIn(FxRobot robot) {
        TestWindow.type(robot, "#login-username", "ayu");
        TestWindow.type(robot, "#login-password", "rahasia-123");
        TestWindow.click(robot, "#login-submit");
    }
}
