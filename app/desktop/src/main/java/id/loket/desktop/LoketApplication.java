package id.loket.desktop;

import atlantafx.base.theme.PrimerLight;
import id.loket.core.CoreServices;
import id.loket.desktop.bundle.BundleCorner;
import id.loket.desktop.bundle.BundlePickers;
import id.loket.desktop.bundle.BundleViewModel;
import id.loket.desktop.capture.CaptureOptions;
import id.loket.desktop.capture.FilePicker;
import id.loket.desktop.capture.fingerprint.DeferredScanner;
import id.loket.desktop.concurrent.FxUiExecutor;
import id.loket.desktop.concurrent.VirtualThreadTaskRunner;
import id.loket.desktop.demo.DemoMode;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.outage.OutageFeed;
import id.loket.desktop.outage.OutageThreshold;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.syncstatus.SyncStatusView;
import id.loket.desktop.syncstatus.SyncStatusViewModel;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The composition root of the desktop: the only place services are created and wired (by hand,
 * through constructors). Start-up is ordered for a fast first window (issue 7, ADR 14): the store
 * opens on its own thread while JavaFX starts, the window shows as soon as the store is open, and
 * the scanner, the HTTP clients and the sync agent are made in the background after that.
 * Everything is closed when the window closes.
 */
public final class LoketApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LoketApplication.class);

    private final Clock clock = Clock.systemDefaultZone();
    private Path dataDir;
    private CoreServices core;
    private VirtualThreadTaskRunner tasks;
    private boolean demo;
    private final DeferredScanner scanner = new DeferredScanner();
    private volatile OutsideServices outside;
    /** The HTTP client for the centre once the outside services exist (the first-run wizard enrolls with it). */
    private final CompletableFuture<OkHttpClient> http = new CompletableFuture<>();
    private volatile boolean stopping;
    private SyncStatusViewModel syncStatus;
    private OutageFeed outageFeed;
    /** The USB bundle corner: shown at once, since export must work even when the clients cannot be made. */
    private Node usbCorner;

    /**
     * On the launcher thread, after the toolkit started: waits for the store {@link Main} began
     * opening. In demo mode it then makes the outside services at once: the local central server
     * must have provisioned the device before the first-run wizard reads it.
     */
    @Override
    public void init() throws IOException {
        demo = DemoMode.enabled(System::getProperty);
        StoreOpening opening = StoreOpening.takeEarly(clock);
        dataDir = opening.dataDir();
        core = opening.await();
        core.outage().useThreshold(OutageThreshold.from(System::getProperty));
        if (demo) {
            outside = OutsideServices.make(core, true, dataDir);
        }
        LOG.info("store open in {} ({} ms after the process started)", dataDir, StartupClock.millisSinceStart());
    }

    @Override
    public void start(Stage stage) {
        tasks = new VirtualThreadTaskRunner(new FxUiExecutor());
        I18n i18n = new I18n();
        MainWindow window = new MainWindow(core, i18n, tasks, clock, dataDir,
                CaptureOptions.standard(scanner, FilePicker.system(), pdf -> getHostServices()
                        .showDocument(pdf.toUri().toString())).withAfterFinalise(this::wakeAgent), http::join);
        usbCorner = new BundleCorner(new BundleViewModel(core.bundles(), tasks,
                () -> java.util.Optional.ofNullable(window.signedInProperty().get())), i18n, BundlePickers.system(i18n),
                window.signedInProperty().isNotNull()).node();
        window.showSyncStatus(usbCorner);

        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window.root(), 1100, 760);
        scene.getStylesheets().add(stylesheet());
        stage.titleProperty().bind(i18n.bind("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        window.start();
        stage.show();
        LOG.info("window shown {} ms after the process started", StartupClock.millisSinceStart());
        if (outside != null) {
            connect(outside, window, i18n, stage);
        } else {
            tasks.run(() -> OutsideServices.make(core, false, dataDir),
                    services -> connect(services, window, i18n, stage),
                    failure -> {
                        LOG.error("the scanner and sync clients could not be made", failure);
                        scanner.fail(failure);
                        http.completeExceptionally(failure);
                    });
        }
    }

    /** On the FX thread once the outside services exist: the scanner, the sync corner, the agent. */
    private void connect(OutsideServices services, MainWindow window, I18n i18n, Stage stage) {
        if (stopping) {
            services.close();
            return;
        }
        outside = services;
        scanner.complete(services.scanner());
        http.complete(services.http());
        syncStatus = new SyncStatusViewModel(services.monitor(), new FxUiExecutor(), tasks, clock);
        window.showSyncStatus(new HBox(12, new SyncStatusView(syncStatus, i18n).node(), usbCorner));
        syncStatus.activate();
        // the outage watch starts from the ledger's stored state (a query over the outbox): read off
        // the FX thread; the agent starts once the watch follows it, so it misses no snapshot
        tasks.run(() -> OutageFeed.connect(services.monitor(), core.outage()),
                feed -> startAgent(services, feed),
                failure -> {
                    LOG.error("the outage watch could not follow the sync agent", failure);
                    startAgent(services, null);
                });
        if (demo) {
            stage.titleProperty().bind(i18n.bind("app.title.demo", services.demoScannerPort()));
            LOG.info("demo mode: simulated fingerprint scanner on 127.0.0.1:{}", services.demoScannerPort());
        }
    }

    /** On the FX thread: the agent starts draining, unless the window closed meanwhile. */
    private void startAgent(OutsideServices services, OutageFeed feed) {
        if (stopping) {
            if (feed != null) {
                feed.close();
            }
            return;
        }
        outageFeed = feed;
        services.agent().start();
    }

    private void wakeAgent() {
        OutsideServices services = outside;
        if (services != null) {
            services.monitor().wake();
        }
    }

    /** The application's own stylesheet (large touch targets on top of the theme). */
    public static String stylesheet() {
        return Objects.requireNonNull(LoketApplication.class.getResource("loket.css"), "loket.css").toExternalForm();
    }

    @Override
    public void stop() {
        stopping = true;
        if (syncStatus != null) {
            syncStatus.deactivate();
        }
        if (outageFeed != null) {
            outageFeed.close();
        }
        if (outside != null) {
            outside.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (core != null) {
            core.close();
        }
        LOG.info("closed");
    }
}
