package id.loket.desktop;

import atlantafx.base.theme.PrimerLight;
import id.loket.core.CoreServices;
import id.loket.desktop.capture.CaptureOptions;
import id.loket.desktop.capture.FilePicker;
import id.loket.desktop.capture.fingerprint.FingerprintScanner;
import id.loket.desktop.capture.fingerprint.SbiFingerprintScanner;
import id.loket.desktop.concurrent.FxUiExecutor;
import id.loket.desktop.demo.DemoCentre;
import id.loket.desktop.demo.DemoMode;
import id.loket.desktop.demo.SimulatedScanner;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiClientConfig;
import id.loket.devices.sbi.simulator.SimulatorSettings;
import id.loket.desktop.concurrent.VirtualThreadTaskRunner;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.desktop.sync.SyncWiring;
import id.loket.desktop.syncstatus.AgentMonitor;
import id.loket.desktop.syncstatus.SyncStatusView;
import id.loket.desktop.syncstatus.SyncStatusViewModel;
import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncSettings;
import okhttp3.OkHttpClient;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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

    private boolean demo;
    private SbiClient sbi;
    private SimulatedScanner simulated;
    private FingerprintScanner scanner;
    private OkHttpClient http;
    private SyncAgent agent;
    private SyncStatusViewModel syncStatus;

    /**
     * Opens the store on the launcher thread, before the FX thread shows anything, and the
     * fingerprint scanner: any SBI service on 4501-4600, or in demo mode a simulated one started here
     * (and a local central server the device is provisioned and enrolled with).
     */
    @Override
    public void init() throws IOException {
        demo = DemoMode.enabled(System::getProperty);
        dataDir = demo ? DemoMode.dataDir(DataDirectory.resolve()) : DataDirectory.resolve();
        LOG.info("opening store in {}", dataDir);
        core = CoreServices.open(dataDir, clock);
        sbi = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());
        if (demo) {
            simulated = SimulatedScanner.start(PortRange.SBI, new SimulatorSettings(1), sbi, Clock.systemUTC());
            scanner = simulated.scanner();
            LOG.info("demo mode: simulated fingerprint scanner on 127.0.0.1:{}", simulated.port());
        } else {
            scanner = new SbiFingerprintScanner(sbi, PortRange.SBI, SCANNER_PROBE);
        }
        http = SyncWiring.httpClient();
        if (demo) {
            demoCentre = DemoCentre.open(dataDir, core, http, Clock.systemUTC()).orElse(null);
        }
        CoreDeviceLedger ledger = new CoreDeviceLedger(core);
        agent = new SyncAgent(ledger, http, SyncSettings.defaults(Clock.systemUTC()));
        monitor = new AgentMonitor(agent, ledger);
    }

    private AgentMonitor monitor;
    private DemoCentre demoCentre;

    /** How long discovery waits on each SBI port. */
    private static final Duration SCANNER_PROBE = Duration.ofMillis(400);

    @Override
    public void start(Stage stage) {
        tasks = new VirtualThreadTaskRunner(new FxUiExecutor());
        I18n i18n = new I18n();
        MainWindow window = new MainWindow(core, i18n, tasks, clock, dataDir,
                CaptureOptions.standard(scanner, FilePicker.system(), pdf -> getHostServices()
                        .showDocument(pdf.toUri().toString())).withAfterFinalise(monitor::wake), http);
        syncStatus = new SyncStatusViewModel(monitor, new FxUiExecutor(), tasks, clock);
        window.showSyncStatus(new SyncStatusView(syncStatus, i18n).node());
        syncStatus.activate();
        agent.start();

        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window.root(), 1100, 760);
        scene.getStylesheets().add(stylesheet());
        stage.titleProperty().bind(demo ? i18n.bind("app.title.demo", simulated.port()) : i18n.bind("app.title"));
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
        if (syncStatus != null) {
            syncStatus.deactivate();
        }
        if (agent != null) {
            agent.close();
        }
        if (http != null) {
            SyncWiring.shutdown(http);
        }
        if (demoCentre != null) {
            demoCentre.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (simulated != null) {
            simulated.close();
        }
        if (sbi != null) {
            sbi.close();
        }
        if (core != null) {
            core.close();
        }
        LOG.info("closed");
    }
}
