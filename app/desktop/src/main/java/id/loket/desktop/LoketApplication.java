package id.loket.desktop;

import atlantafx.base.theme.PrimerLight;
import id.loket.core.CoreServices;
import id.loket.desktop.concurrent.FxUiExecutor;
import id.loket.desktop.concurrent.VirtualThreadTaskRunner;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.MainWindow;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The composition root of the desktop: the only place services are created and wired (by hand,
 * through constructors). It opens the encrypted store for this OS user, builds the window and
 * closes everything when the window closes.
 */
public final class LoketApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LoketApplication.class);

    private final Clock clock = Clock.systemDefaultZone();
    private Path dataDir;
    private CoreServices core;
    private VirtualThreadTaskRunner tasks;

    /** Opens the store on the launcher thread, before the FX thread shows anything. */
    @Override
    public void init() {
        dataDir = DataDirectory.resolve();
        LOG.info("opening store in {}", dataDir);
        core = CoreServices.open(dataDir, clock);
    }

    @Override
    public void start(Stage stage) {
        tasks = new VirtualThreadTaskRunner(new FxUiExecutor());
        I18n i18n = new I18n();
        MainWindow window = new MainWindow(core, i18n, tasks, clock, dataDir);

        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window.root(), 1100, 760);
        scene.getStylesheets().add(stylesheet());
        stage.titleProperty().bind(i18n.bind("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        window.start();
        stage.show();
    }

    /** The application's own stylesheet (large touch targets on top of the theme). */
    public static String stylesheet() {
        return Objects.requireNonNull(LoketApplication.class.getResource("loket.css"), "loket.css").toExternalForm();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (core != null) {
            core.close();
        }
        LOG.info("closed");
    }
}
