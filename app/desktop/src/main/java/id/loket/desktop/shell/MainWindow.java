package id.loket.desktop.shell;

import id.loket.core.CoreServices;
import id.loket.core.name.search.ApplicationSearch;
import id.loket.core.officer.Officer;
import id.loket.desktop.booth.BoothView;
import id.loket.desktop.booth.BoothViewModel;
import id.loket.desktop.calllist.CallListView;
import id.loket.desktop.calllist.CallListViewModel;
import id.loket.desktop.calllist.CsvSaveChooser;
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
import id.loket.desktop.queue.CsvFileChooser;
import id.loket.desktop.queue.QueueDesk;
import id.loket.desktop.queue.QueueView;
import id.loket.desktop.search.SearchView;
import id.loket.desktop.search.SearchViewModel;
import id.loket.desktop.setup.FirstRunView;
import id.loket.desktop.setup.FirstRunViewModel;
import atlantafx.base.theme.Styles;
import id.loket.desktop.outage.OutageBannerView;
import id.loket.desktop.outage.OutageBannerViewModel;
import id.loket.desktop.waitingroom.WaitingRoomViewModel;
import id.loket.desktop.waitingroom.WaitingRoomWindow;
import id.loket.desktop.setup.ProvisioningFileChooser;
import id.loket.desktop.provision.DeviceProvisioner;
import id.loket.desktop.sync.SyncWiring;
import okhttp3.OkHttpClient;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The window's content: the outage banner, a {@link ScreenHost} below it, a status bar (with the
 * button that opens the waiting-room display), and the {@link Navigator} that
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
    private BoothView booth;
    private BoothViewModel boothModel;
    private CallListView callList;
    private CallListViewModel callListModel;
    private final StatusBar status;
    private final OutageBannerViewModel outageBanner;
    private final WaitingRoomWindow waitingRoom;
    private final javafx.beans.property.ObjectProperty<Officer> signedIn =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final Supplier<OkHttpClient> httpSource;
    private OkHttpClient ownHttp;

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
                      CaptureOptions captureOptions, Supplier<OkHttpClient> http) {
        this.httpSource = http;
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
        outageBanner = new OutageBannerViewModel(core.outage());
        root.setTop(new OutageBannerView(outageBanner, i18n).node());
        waitingRoom = new WaitingRoomWindow(new WaitingRoomViewModel(core.queue().tickets(), core.announcements(),
                core.outage(), tasks, clock), i18n);
        status.getLeftItems().setAll(waitingRoomButton(i18n));
        root.setCenter(host.node());
        root.setBottom(status);
        root.getStyleClass().add("loket-window");
    }

    private Button waitingRoomButton(I18n i18n) {
        Button open = new Button();
        open.setId("open-waiting-room");
        open.textProperty().bind(i18n.bind("shell.waitingRoom"));
        open.setGraphic(new FontIcon(MaterialDesignM.MONITOR_SHARE));
        open.getStyleClass().add(Styles.FLAT);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> waitingRoom.show());
        return open;
    }

    /** The outage banner across the top of every screen. */
    public OutageBannerViewModel outageBanner() {
        return outageBanner;
    }

    /** The waiting-room display (a window of its own, opened from the status bar). */
    public WaitingRoomWindow waitingRoom() {
        return waitingRoom;
    }

    /** Shows the sync agent's corner (connectivity, what is left, quarantined records) in the status bar. */
    public void showSyncStatus(javafx.scene.Node syncCorner) {
        status.getRightItems().setAll(syncCorner);
    }

    /** Shows the first screen: setup when no officer exists yet, otherwise login; follows the outage watch. */
    public void start() {
        outageBanner.start();
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

    /** The client for the centre; called off the FX thread, when the wizard enrolls (it may wait for the client). */
    private synchronized OkHttpClient http() {
        if (httpSource != null) {
            return httpSource.get();
        }
        if (ownHttp == null) {
            ownHttp = SyncWiring.httpClient();
        }
        return ownHttp;
    }

    @Override
    public void showFirstRun() {
        if (firstRun == null) {
            firstRun = new FirstRunView(new FirstRunViewModel(core, new DeviceProvisioner(core, this::http, clock), tasks,
                    this), i18n, ProvisioningFileChooser.system());
        }
        host.show(firstRun);
    }

    /** The officer signed in now, null on the login and setup screens (the status bar's USB export needs one). */
    public javafx.beans.property.ReadOnlyObjectProperty<Officer> signedInProperty() {
        return signedIn;
    }

    @Override
    public void showLogin() {
        signedIn.set(null);
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
        signedIn.set(officer);
        homeModel.open(officer);
        host.show(home);
    }

    @Override
    public void showQueue(Officer officer) {
        if (queue == null) {
            queueDesk = new QueueDesk(core.queue(), core.announcements(), tasks, this);
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
    public void showBooth(Officer officer) {
        if (booth == null) {
            boothModel = new BoothViewModel(core.booth(), core.officers(), captureOptions.fingers(), tasks, this);
            booth = new BoothView(boothModel, i18n, new CsvFileChooser(i18n));
        }
        boothModel.open(officer);
        host.show(booth);
    }

    @Override
    public void showCallList(Officer officer) {
        if (callList == null) {
            callListModel = new CallListViewModel(core.callList(), tasks, this);
            callList = new CallListView(callListModel, i18n, new CsvSaveChooser(i18n, clock));
        }
        callListModel.open(officer);
        host.show(callList);
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
