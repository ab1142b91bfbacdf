package id.loket.desktop.support;

import id.loket.core.CoreServices;
import id.loket.desktop.outage.OutageFeed;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.desktop.sync.SyncWiring;
import id.loket.desktop.syncstatus.AgentMonitor;
import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncSettings;
import id.loket.sync.agent.enroll.DeviceEnrollment;
import id.loket.sync.agent.retry.Sleeper;
import id.loket.sync.central.CentralServer;
import id.loket.sync.central.store.DatabaseSettings;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A real outage for the tests: the reference central server on an H2 file in a temp directory, this
 * device enrolled with it, the real sync agent on the device's store (driven one step at a time,
 * waits skipped) and the outage feed into core's watch. The centre is stopped to cut the link and
 * started again on the same port and database to bring it back. Everything reads one movable clock.
 */
public final class CentreOutage implements AutoCloseable {

    private static final Sleeper NO_WAIT = new Sleeper() {
        @Override
        public void sleep(Duration duration, boolean wakeable) {
            // the test moves the clock itself
        }

        @Override
        public void wake() {
            // nothing waits
        }
    };

    public final MovableClock clock;
    private final DatabaseSettings database;
    private final OkHttpClient http = SyncWiring.httpClient();
    private CentralServer centre;
    private int port;
    private SyncAgent agent;
    private OutageFeed feed;

    public CentreOutage(Path dir, MovableClock clock) {
        this.clock = clock;
        this.database = DatabaseSettings.of("jdbc:h2:" + dir.resolve("central").toAbsolutePath()
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        startCentre(0);
        port = centre.port();
    }

    /** Enrolls the device (set up as an office counter) and follows its agent. */
    public void enroll(CoreServices core) throws IOException {
        String token = centre.tokens().issue("DPS", 7, Duration.ofHours(1)).token();
        DeviceEnrollment.enroll(new CoreDeviceLedger(core), http, HttpUrl.get("http://127.0.0.1:" + port + "/"),
                token, clock);
        follow(core);
    }

    /** A new agent on the device's store (as after a restart of the app) and the outage feed on it. */
    public void follow(CoreServices core) {
        closeAgent();
        CoreDeviceLedger ledger = new CoreDeviceLedger(core);
        agent = new SyncAgent(ledger, http, new SyncSettings(Duration.ofSeconds(60), Duration.ofSeconds(20),
                Duration.ofSeconds(2), clock, System::nanoTime, NO_WAIT, new SplittableRandom(5), 1));
        feed = OutageFeed.connect(new AgentMonitor(agent, ledger), core.outage());
    }

    /** One turn of the agent's loop: a probe while the centre is not known to be up, else a drain. */
    public void step() throws InterruptedException {
        agent.step();
    }

    /** Cuts the link: nothing listens on the centre's port any more. */
    public void stopCentre() {
        centre.close();
        centre = null;
    }

    /** The centre is back, on the same port and database. */
    public void startCentre() {
        startCentre(port);
    }

    private void startCentre(int onPort) {
        centre = CentralServer.builder().clock(clock).database(database).build().start("127.0.0.1", onPort);
    }

    private void closeAgent() {
        if (feed != null) {
            feed.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    @Override
    public void close() {
        closeAgent();
        if (centre != null) {
            centre.close();
        }
        SyncWiring.shutdown(http);
    }
}
