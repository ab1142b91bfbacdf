package id.loket.desktop.demo;

import id.loket.core.CoreServices;
import id.loket.core.device.DeviceProfile;
import id.loket.core.provision.Provisioning;
import id.loket.core.provision.ProvisioningInput;
import id.loket.core.provision.ProvisioningValidator;
import id.loket.core.sync.DeviceIdentity;
import id.loket.desktop.provision.DeviceProvisioner;
import id.loket.sync.central.CentralServer;
import id.loket.sync.central.store.DatabaseSettings;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Demo mode's own centre: the reference central server (sync/central) running in this process on
 * an embedded H2 database in the demo directory, on a free loopback port, and this device
 * provisioned and enrolled with it, so a newcomer sees the whole flow, sync included, on one
 * machine (ADR 11). The device still talks to it over HTTP, exactly as to a real centre. The port
 * is the first free one of 8490-8499 (any free port when all are taken); when it differs from the
 * last run's, the device's record of where its centre lives is moved to it.
 */
public final class DemoCentre implements AutoCloseable {

    /** The demo device's office and counter. */
    public static final String OFFICE = "DEMO";
    public static final int COUNTER = 1;
    static final int FIRST_PORT = 8490;
    static final int LAST_PORT = 8499;
    private static final Logger LOG = LoggerFactory.getLogger(DemoCentre.class);

    private final CentralServer server;
    private final HttpUrl url;
    private final Clock clock;

    private DemoCentre(CentralServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
        this.url = HttpUrl.get("http://127.0.0.1:" + server.port() + "/");
    }

    /**
     * For the app: starts the centre in {@code demoDir} and provisions the device against it. A
     * failure (another demo holds the database, no port) is logged and the demo runs without a centre.
     */
    public static Optional<DemoCentre> open(Path demoDir, CoreServices core, OkHttpClient http, Clock clock) {
        DemoCentre centre = null;
        try {
            centre = start(demoDir, clock);
            centre.provisionDevice(core, http);
            LOG.info("demo mode: local central server on {}", centre.url());
            return Optional.of(centre);
        } catch (IOException | RuntimeException e) {
            LOG.warn("demo mode: the local central server did not start; the demo runs without it", e);
            if (centre != null) {
                centre.close();
            }
            return Optional.empty();
        }
    }

    /** Starts the centre on its H2 database in {@code demoDir/central}, images in {@code demoDir/central/blobs}. */
    public static DemoCentre start(Path demoDir, Clock clock) throws IOException {
        Path dir = Files.createDirectories(demoDir.resolve("central"));
        String jdbc = "jdbc:h2:file:" + dir.resolve("central").toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        CentralServer server = CentralServer.builder().clock(clock).database(new DatabaseSettings(jdbc, "", "", 4))
                .blobDirectory(dir.resolve("blobs")).build();
        try {
            return new DemoCentre(server.start("127.0.0.1", freePort()), clock);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Makes this device a demo counter of this centre: on the first start provisions it (office
     * {@value #OFFICE}, counter {@value #COUNTER}, a one-time token made here) and enrolls it; on
     * later starts enrolls a device that is not yet, or moves the enrolled one to this run's port.
     */
    public void provisionDevice(CoreServices core, OkHttpClient http) throws IOException {
        DeviceProvisioner provisioner = new DeviceProvisioner(core, http, clock);
        Optional<DeviceProfile> profile = core.deviceProfiles().current();
        if (profile.isEmpty()) {
            provisioner.provisionFirstRun(demoProvisioning(token(OFFICE, COUNTER)), "demo");
            return;
        }
        Optional<DeviceIdentity> identity = core.sync().identities().current().filter(DeviceIdentity::enrolled);
        if (identity.isEmpty()) {
            provisioner.enroll(url.toString(), token(profile.get().officeCode(), profile.get().counterNumber()));
        } else if (!identity.get().centreUrl().equals(url.toString())) {
            core.sync().identities().enrolled(url.toString(), identity.get().enrolledAt());
        }
        core.provisioning().settings().moveCentre(url.toString());
    }

    private Provisioning demoProvisioning(String token) {
        ProvisioningInput input = ProvisioningInput.typed(OFFICE, "Kantor Imigrasi DEMO (latihan)",
                String.valueOf(COUNTER), url.toString(), token, false, null, null, null);
        return ProvisioningValidator.validate(input).provisioning()
                .orElseThrow(() -> new IllegalStateException("the demo provisioning is invalid"));
    }

    /** A one-time enrollment token for an office's counter, issued by this centre. */
    public String token(String office, int counter) {
        return server.tokens().issue(office, counter, Duration.ofHours(1)).token();
    }

    public HttpUrl url() {
        return url;
    }

    /** The server itself (tests read what it received). */
    public CentralServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }

    private static int freePort() throws IOException {
        for (int port : ports()) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IOException("no free loopback port");
    }

    private static List<Integer> ports() {
        List<Integer> out = new java.util.ArrayList<>();
        for (int p = FIRST_PORT; p <= LAST_PORT; p++) {
            out.add(p);
        }
        out.add(0);
        return out;
    }

    @Override
    public String toString() {
        return "DemoCentre[" + Objects.toString(url) + "]";
    }
}
