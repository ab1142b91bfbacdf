package id.loket.desktop;

import id.loket.core.CoreServices;
import id.loket.desktop.capture.fingerprint.FingerprintScanner;
import id.loket.desktop.capture.fingerprint.SbiFingerprintScanner;
import id.loket.desktop.demo.DemoCentre;
import id.loket.desktop.demo.SimulatedScanner;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.desktop.sync.SyncWiring;
import id.loket.desktop.syncstatus.AgentMonitor;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiClientConfig;
import id.loket.devices.sbi.simulator.SimulatorSettings;
import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncSettings;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What the desktop talks to beyond its store: the fingerprint scanner (any SBI service on
 * 4501-4600, or in demo mode a simulated one started here), the HTTP client for the centre and the
 * sync agent on the store; in demo mode also the local central server. Made on a background thread
 * once the window shows, because their HTTP clients cost start-up time and the login screen needs
 * none of them (in demo mode before the window, which must find the device provisioned). The agent
 * is not started.
 */
final class OutsideServices implements AutoCloseable {

    /** How long discovery waits on each SBI port. */
    private static final Duration SCANNER_PROBE = Duration.ofMillis(400);

    private final SbiClient sbi;
    private final SimulatedScanner simulated;
    private final FingerprintScanner scanner;
    private final OkHttpClient http;
    private final SyncAgent agent;
    private final AgentMonitor monitor;
    private final DemoCentre demoCentre;

    private OutsideServices(SbiClient sbi, SimulatedScanner simulated, FingerprintScanner scanner, OkHttpClient http,
                            SyncAgent agent, AgentMonitor monitor, DemoCentre demoCentre) {
        this.demoCentre = demoCentre;
        this.sbi = sbi;
        this.simulated = simulated;
        this.scanner = scanner;
        this.http = http;
        this.agent = agent;
        this.monitor = monitor;
    }

    /**
     * Makes the clients and the agent. In demo mode it first starts the simulated scanner and the
     * local central server in {@code dataDir}, and provisions and enrolls the device with it (ADR 11).
     */
    static OutsideServices make(CoreServices core, boolean demo, Path dataDir) throws IOException {
        SbiClient sbi = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());
        SimulatedScanner simulated = null;
        DemoCentre demoCentre = null;
        try {
            FingerprintScanner scanner;
            if (demo) {
                simulated = SimulatedScanner.start(PortRange.SBI, new SimulatorSettings(1), sbi, Clock.systemUTC());
                scanner = simulated.scanner();
            } else {
                scanner = new SbiFingerprintScanner(sbi, PortRange.SBI, SCANNER_PROBE);
            }
            OkHttpClient http = SyncWiring.httpClient();
            if (demo) {
                demoCentre = DemoCentre.open(dataDir, core, http, Clock.systemUTC()).orElse(null);
            }
            CoreDeviceLedger ledger = new CoreDeviceLedger(core);
            SyncAgent agent = new SyncAgent(ledger, http, SyncSettings.desktop(Clock.systemUTC()));
            return new OutsideServices(sbi, simulated, scanner, http, agent, new AgentMonitor(agent, ledger),
                    demoCentre);
        } catch (IOException | RuntimeException e) {
            if (demoCentre != null) {
                demoCentre.close();
            }
            if (simulated != null) {
                simulated.close();
            }
            sbi.close();
            throw e;
        }
    }

    FingerprintScanner scanner() {
        return scanner;
    }

    OkHttpClient http() {
        return http;
    }

    SyncAgent agent() {
        return agent;
    }

    AgentMonitor monitor() {
        return monitor;
    }

    /** The simulated scanner's port in demo mode, else -1. */
    int demoScannerPort() {
        return simulated == null ? -1 : simulated.port();
    }

    /** Stops the agent, then the clients and the simulated scanner. */
    @Override
    public void close() {
        agent.close();
        SyncWiring.shutdown(http);
        if (demoCentre != null) {
            demoCentre.close();
        }
        if (simulated != null) {
            simulated.close();
        }
        sbi.close();
    }
}
