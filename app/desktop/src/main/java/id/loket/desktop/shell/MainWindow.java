package id.loket.desktop.shell;

import id.loket.core.CoreServices;
import id.loket.core.name.search.ApplicationSearch;
import id.loket.core.officer.Officer;
import id.loket.desktop.capture.CaptureDesk;
import id.loket.desktop.capture.CaptureOptions;
import id.loket.desktop.capture.CaptureStart;
import id.loket.desktop.capture.FilePicker;
import id.loket.desktop.capture.NoScanner;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.home.HomeView;
import id.loket.desktop.home.HomeViewModel;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.login.LoginView;
import id.loket.desktop.login.LoginViewModel;
import id.loket.desktop.queue.QueueDesk;
import id.loket.desktop.queue.QueueView;
import id.loket.desktop.search.SearchView;
import id.loket.desktop.search.SearchViewModel;
import id.loket.desktop.setup.FirstRunView;
import id.loket.desktop.setup.FirstRunViewModel;
import id.loket.desktop.setup.ProvisioningFileChooser;
import id.loket.desktop.provision.DeviceProvisioner;
import id.loket.desktop.sync.SyncWiring;
import okhttp3.OkHttpClient;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The window's content: a {@link ScreenHost} above a status bar, and the {@link Navigator} that
 * builds each screen from the services it is given. Screens are built once and reused; only
 * their lifecycle runs on each visit.
 */
public final class MainWindow implements Navigator {

    private final BorderPane root = new BorderPane();
    private final ScreenHost host = new ScreenHost();
    private final CoreServices core;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Path dataDir;
    private final CaptureOptions captureOptions;
    private CaptureDesk captureDesk;
    private FirstRunView firstRun;
    private LoginView login;
    private HomeView home;
    private HomeViewModel homeModel;
    private QueueView queue;
    private QueueDesk queueDesk;
    private SearchView search;
    private SearchViewModel searchModel;
    private final StatusBar status;
    private OkHttpClient http;

    /** A window whose capture flow has no fingerprint scanner and opens no receipts (tools, tests of other screens). */
    public MainWindow(CoreServices core, I18n i18n, TaskRunner tasks, Clock clock, Path dataDir) {
        this(core, i18n, tasks, clock, dataDir, CaptureOptions.standard(NoScanner.INSTANCE, FilePicker.system(),
                pdf -> { }));
    }

    /**
     * @param captureOptions the capture flow's scanner, file dialogs, receipt viewer, finger set and fees
     */
    public MainWindow(CoreServices core, I18n i18n, TaskRunner tasks, Clock clock, Path dataDir,
                      CaptureOptions captureOptions) {
        this(core, i18n, tasks, clock, dataDir, captureOptions, null);
    }

    /**
     * @param http the process's client for the centre (the first-run wizard enrolls with it); null
     *             makes one when the wizard first needs it (tools, tests)
     */
    public MainWindow(CoreServices core, I18n i18n, TaskRunner tasks, Clock clock, Path dataDir,
                      CaptureOptions captureOptions, OkHttpClient http) {
        this.http = http;
        this.dataDir = dataDir;
        this.captureOptions = captureOptions;
        this.core = core;
        this.i18n = i18n;
        this.tasks = tasks;
        this.clock = clock;
        status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(i18n.bind("status.store", dataDir.toString()));
        status.setGraphic(new FontIcon(MaterialDesignD.DATABASE_LOCK));
        root.setCenter(host.node());
        root.setBottom(status);
        root.getStyleClass().add("loket-window");
    }

    /** Shows the sync agent's corner (connectivity, what is left, quarantined records) in the status bar. */
    public void showSyncStatus(javafx.scene.Node syncCorner) {
        status.getRightItems().setAll(syncCorner);
    }

    /** Shows the first screen: setup when no officer exists yet, otherwise login. */
    public void start() {
        tasks.run(() -> core.officers().hasOfficers(),
                any -> {
                    if (any) {
                        showLogin();
                    } else {
                        showFirstRun();
                    }
                },
                failure -> showLogin());
    }

    public Parent root() {
        return root;
    }

    public ScreenHost host() {
        return host;
    }

    private OkHttpClient http() {
        if (http == null) {
            http = SyncWiring.httpClient();
        }
        return http;
    }

    @Override
    public void showFirstRun() {
        if (firstRun == null) {
            firstRun = new FirstRunView(new FirstRunViewModel(core, new DeviceProvisioner(core, http(), clock), tasks,
                    this), i18n, ProvisioningFileChooser.system());
        }
        host.show(firstRun);
    }

    @Override
    public void showLogin() {
        if (login == null) {
            login = new LoginView(new LoginViewModel(core.officers(), tasks, this), i18n);
        }
        host.show(login);
    }

    @Override
    public void showHome(Officer officer) {
        if (home == null) {
            homeModel = new HomeViewModel(core.applications(), () -> core.deviceProfiles().current(),
                    tasks, this, clock);
            home = new HomeView(homeModel, i18n);
        }
        homeModel.open(officer);
        host.show(home);
    }

    @Override
    public void showQueue(Officer officer) {
        if (queue == null) {
            queueDesk = new QueueDesk(core.queue(), tasks, this);
            queue = new QueueView(queueDesk, i18n);
        }
        queueDesk.open(officer);
        host.show(queue);
    }

    @Override
    public void showSearch(Officer officer) {
        if (search == null) {
            searchModel = new SearchViewModel(new ApplicationSearch(core.store()), tasks, this);
            search = new SearchView(searchModel, i18n);
        }
        searchModel.open(officer);
        host.show(search);
    }

    @Override
    public void showCapture(Officer officer, CaptureStart start) {
        if (captureDesk != null) {
            host.show(captureDesk.open(officer, start));
            return;
        }
        CaptureDesk.build(core, i18n, tasks, clock, this, dataDir, captureOptions, built -> {
            if (captureDesk == null) {
                captureDesk = built;
            }
            host.show(captureDesk.open(officer, start));
        });
    }

    /** The capture flow's wiring once a capture was opened, else null (tests reach the hosted steps through it). */
    public CaptureDesk captureDesk() {
        return captureDesk;
    }
}
