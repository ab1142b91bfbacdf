package id.loket.sync.agent;

import id.loket.sync.agent.batch.BatchSender;
import id.loket.sync.agent.http.CentreClient;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.http.HostileReplyException;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.Enrolment;
import id.loket.sync.agent.ledger.LedgerSummary;
import id.loket.sync.agent.retry.Backoff;
import id.loket.sync.agent.retry.Sleeper;
import id.loket.sync.agent.status.StatusPuller;
import id.loket.sync.agent.upload.BlobUploader;
import id.loket.sync.agent.upload.LinkMeter;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The background sync agent: on a virtual thread it drains the outbox (status pull, images, then
 * batches), waits, and drains again. After a failure it backs off ({@link Backoff}, never giving
 * up, honouring {@code Retry-After}); when the link is down it probes the centre's health on a
 * jittered interval instead of trusting the OS; {@link #wake()} starts a drain at once when new
 * work is queued. Every change is published as an immutable {@link SyncStatus} to the listeners
 * (on the agent's thread: a UI hands it over to its own thread). Clock, sleeper and random source
 * are injected so the loop is tested without real time ({@link #step()}).
 */
public final class SyncAgent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);

    private final InterruptSafeLedger ledger;
    private final OkHttpClient http;
    private final SyncSettings settings;
    private final Backoff backoff;
    private final LinkMeter meter = new LinkMeter();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile Connectivity connectivity = Connectivity.OFFLINE;
    private volatile String lastError;
    private final Object lifecycle = new Object();
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean running;
    private Thread thread;

    public SyncAgent(DeviceLedger ledger, OkHttpClient http, SyncSettings settings) {
        this.ledger = new InterruptSafeLedger(Objects.requireNonNull(ledger, "ledger"));
        this.http = Objects.requireNonNull(http, "http");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backoff = new Backoff(settings.random());
    }

    /** Starts the loop on a virtual thread (once). */
    public void start() {
        synchronized (lifecycle) {
            if (thread != null) {
                return;
            }
            running = true;
            thread = Thread.ofVirtual().name("loket-sync").start(this::loop);
        }
    }

    /** New work was queued (e.g. an application was finalised): drain soon instead of at the next poll. */
    public void wake() {
        settings.sleeper().wake();
    }

    /**
     * Stops the loop and waits for it briefly; a drain cut short resumes next time from what was
     * persisted. A wait or an HTTP call is interrupted at once; a call into the device's store is
     * not (an interrupt would break the store's file I/O): the interrupt follows when it returns.
     */
    public void stop() {
        Thread t;
        synchronized (lifecycle) {
            running = false;
            t = thread;
            thread = null;
        }
        if (t != null) {
            ledger.interrupt(t);
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Registers a listener of status snapshots; closing the returned handle removes it. */
    public AutoCloseable addListener(Consumer<SyncStatus> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    private void loop() {
        while (running) {
            try {
                step();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("sync loop failed; continuing", e);
            }
        }
    }

    /**
     * One turn of the loop: probe while the centre is not known to be up, else drain; then wait
     * (idle, probe interval or backoff). Public so tests drive the loop without a thread.
     */
    public void step() throws InterruptedException {
        Sleeper sleeper = settings.sleeper();
        if (ledger.enrolment().isEmpty()) {
            lastError = "not-enrolled";
            publish();
            sleeper.sleep(settings.idleInterval(), true);
            return;
        }
        if (connectivity != Connectivity.ONLINE && probe() != Connectivity.ONLINE) {
            sleeper.sleep(settings.jittered(settings.probeInterval()), true);
            return;
        }
        try {
            DrainReport report = drainOnce();
            if (report.complete()) {
                backoff.reset();
                sleeper.sleep(settings.idleInterval(), true);
            } else {
                sleeper.sleep(backoff.next(null), false);
            }
        } catch (IOException offline) {
            sleeper.sleep(settings.jittered(settings.probeInterval()), true);
        } catch (CentreException refused) {
            sleeper.sleep(backoff.next(refused.retryAfter()), false);
        } catch (HostileReplyException refused) {
            sleeper.sleep(backoff.next(null), false);
        } catch (RuntimeException failed) {
            LOG.error("sync drain failed", failed);
            lastError = "internal";
            publish();
            sleeper.sleep(backoff.next(null), false);
        }
    }

    /**
     * Drains once now on the calling thread (the CLI, tests): status pull, images, batches.
     *
     * @throws IllegalStateException  when the device is not enrolled
     * @throws IOException            when the link failed (what was confirmed stays persisted)
     * @throws CentreException        when the centre refused
     * @throws HostileReplyException  when a reply was refused (nothing changed for it)
     */
    public DrainReport drainOnce() throws IOException {
        draining.lock();
        try {
            return drainLocked();
        } finally {
            draining.unlock();
        }
    }

    private DrainReport drainLocked() throws IOException {
        Enrolment enrolment = ledger.enrolment()
                .orElseThrow(() -> new IllegalStateException("this device is not enrolled with a centre"));
        Clock clock = settings.clock();
        CentreClient centre = new CentreClient(http, HttpUrl.get(enrolment.centreBaseUrl()), enrolment.deviceId(),
                enrolment.signingKey(), clock);
        Drain drain = new Drain(ledger, new StatusPuller(ledger, centre),
                new BlobUploader(ledger, centre, meter, settings.nanoTime(), ledger::interrupt, settings.requests()),
                new BatchSender(ledger, centre, enrolment.deviceId(), clock), this::publish);
        try {
            DrainReport report = drain.run();
            connectivity = Connectivity.ONLINE;
            attempt(null);
            fetchCentreKeysIfUnknown(centre);
            return report;
        } catch (IOException e) {
            connectivity = Connectivity.OFFLINE;
            attempt("offline");
            throw e;
        } catch (CentreException e) {
            connectivity = e.status() >= 500 || e.status() == 429 ? Connectivity.DEGRADED : Connectivity.ONLINE;
            attempt(e.code().code());
            throw e;
        } catch (HostileReplyException e) {
            connectivity = Connectivity.DEGRADED;
            attempt(HostileReplyException.CODE);
            throw e;
        }
    }

    /**
     * A device enrolled before the centre had bundle keys asks for them once the link works: it
     * needs them to write a USB bundle and to check the centre's signed receipt. A failure leaves
     * the drain's result as it was; the next drain asks again.
     */
    private void fetchCentreKeysIfUnknown(CentreClient centre) {
        if (ledger.knowsCentreKeys()) {
            return;
        }
        try {
            ledger.centreKeys(centre.centreKeys());
            LOG.info("centre keys fetched for bundles and receipts");
        } catch (IOException | CentreException | HostileReplyException e) {
            LOG.warn("centre keys not fetched, asking again next time: {}", e.getMessage());
        }
    }

    private Connectivity probe() {
        String base = ledger.enrolment().orElseThrow().centreBaseUrl();
        connectivity = new HealthProbe(http, HttpUrl.get(base), settings.probeTimeout()).probe();
        publish();
        return connectivity;
    }

    private void attempt(String errorCode) {
        lastError = errorCode;
        ledger.recordAttempt(settings.clock().instant(), errorCode);
        publish();
    }

    /** The current snapshot (reads the ledger's counts). */
    public SyncStatus status() {
        LedgerSummary s = ledger.summary();
        return new SyncStatus(ledger.enrolment().isPresent(), connectivity, s.pendingRecords(), s.bytesLeft(),
                s.quarantined(), meter.bytesPerSecond(), meter.eta(s.bytesLeft()), s.lastSuccessAt(),
                lastError != null ? lastError : s.lastErrorCode());
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        SyncStatus snapshot = status();
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("sync status listener failed", e);
            }
        }
    }
}
