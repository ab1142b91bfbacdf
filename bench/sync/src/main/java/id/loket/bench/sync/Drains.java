package id.loket.bench.sync;

import id.loket.core.CoreServices;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.sync.agent.DrainReport;
import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncSettings;
import id.loket.sync.agent.enroll.DeviceEnrollment;
import id.loket.sync.agent.ledger.LedgerSummary;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** Drains a device's outbox through the real agent, timed, until the centre acknowledged every record. */
final class Drains {

    /** A healthy centre needs one pass; a few more only if a round asked for a retry. */
    private static final int MAX_PASSES = 5;

    private Drains() {
    }

    /** Enrolls the device with the centre at {@code url} (the agent will talk to that address). */
    static void enroll(CoreServices core, OkHttpClient http, HttpUrl url, String token) throws IOException {
        DeviceEnrollment.enroll(new CoreDeviceLedger(core), http, url, token, Backlog.CLOCK);
    }

    /**
     * The agent's own drain ({@link SyncAgent#drainOnce()}: status pull, images of each round of 50
     * records, the signed gzip batch), repeated only while records are left; the clock runs from
     * the first request to the last acknowledgement.
     */
    static Duration drain(CoreServices core, OkHttpClient http) throws IOException {
        CoreDeviceLedger ledger = new CoreDeviceLedger(core);
        SyncAgent agent = new SyncAgent(ledger, http, SyncSettings.defaults(Clock.systemUTC()));
        long started = System.nanoTime();
        for (int pass = 1; ; pass++) {
            DrainReport report = agent.drainOnce();
            LedgerSummary left = ledger.summary();
            if (left.pendingRecords() == 0) {
                if (left.quarantined() > 0) {
                    throw new IllegalStateException(left.quarantined() + " records were quarantined: the drain is not clean");
                }
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (pass == MAX_PASSES) {
                throw new IllegalStateException("after " + pass + " passes " + left.pendingRecords()
                        + " records are still pending; last pass: " + report);
            }
        }
    }
}
