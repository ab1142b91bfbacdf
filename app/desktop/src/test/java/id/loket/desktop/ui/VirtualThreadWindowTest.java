package id.loket.desktop.ui;

import id.loket.core.CoreServices;
import id.loket.desktop.concurrent.FxUiExecutor;
import id.loket.desktop.concurrent.VirtualThreadTaskRunner;
import id.loket.desktop.home.HomeView;
import id.loket.desktop.login.LoginView;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.TestCore;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The production wiring: work on virtual threads, results back on the FX thread through FxUiExecutor. */
@ExtendWith(ApplicationExtension.class)
class VirtualThreadWindowTest {

    @TempDir
    Path home;
    private CoreServices core;
    private VirtualThreadTaskRunner tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        core = TestCore.open(home);
        core.deviceProfiles().save("MTR", 3);
        core.officers().createFirstAdministrator("rina", "Rina Amalia", "rahasia-456".toCharArray());
        tasks = new VirtualThreadTaskRunner(new FxUiExecutor());
        window = new MainWindow(core, TestCore.indonesian(), tasks, TestCore.CLOCK, home);
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
        window.start();
    }

    @AfterEach
    void close() {
        tasks.close();
        core.close();
    }

    @Test
    void resultsArriveOnTheFxThreadAndTheWorkDoesNot() throws Exception {
        CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> deliveredOnFx = new CompletableFuture<>();
        tasks.run(() -> {
            workOnFx.complete(Platform.isFxApplicationThread());
            return 1;
        }, ok -> deliveredOnFx.complete(Platform.isFxApplicationThread()), deliveredOnFx::completeExceptionally);
        assertThat(workOnFx.get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(deliveredOnFx.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void existingOfficerStartsAtLoginAndSignsInToHome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.host().currentProperty().get() instanceof LoginView);
        robot.clickOn("#login-username").write("rina");
        robot.clickOn("#login-password").write("rahasia-456");
        robot.clickOn("#login-submit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.host().currentProperty().get() instanceof HomeView);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#home-counter").queryAs(Labeled.class).getText().contains("MTR"));
        assertThat(robot.lookup("#home-officer").queryAs(Labeled.class).getText()).isEqualTo("Rina Amalia · administrator");
        assertThat(robot.lookup("#home-counter").queryAs(Labeled.class).getText()).isEqualTo("Kantor MTR · loket 3");
    }
}
