package id.loket.desktop.outage;

import id.loket.core.outage.CentreContact;
import id.loket.core.outage.OutageWatch;
import id.loket.desktop.syncstatus.SyncMonitor;
import id.loket.sync.agent.Connectivity;
import id.loket.sync.agent.SyncStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Tells core's {@link OutageWatch} what the sync agent knows of the centre. The last contact is
 * the ledger's last successful sync (kept in the store). At start, before the agent has probed,
 * the stored outcome of the last attempt decides: a restart during an outage is still an outage;
 * after that, each snapshot the agent publishes follows a probe or a request, so its connectivity
 * decides. Listeners run on the agent's thread; the watch is thread-safe.
 */
public final class OutageFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutageFeed.class);

    private final AutoCloseable subscription;

    private OutageFeed(AutoCloseable subscription) {
        this.subscription = subscription;
    }

    /** Reports the agent's stored state now and every snapshot it publishes from now on. */
    public static OutageFeed connect(SyncMonitor monitor, OutageWatch watch) {
        Objects.requireNonNull(watch, "watch");
        watch.report(atStart(monitor.current()));
        return new OutageFeed(monitor.subscribe(status -> watch.report(published(status))));
    }

    /** Before any probe: the centre is taken as answering unless the last stored attempt failed. */
    static CentreContact atStart(SyncStatus s) {
        return new CentreContact(s.enrolled(), s.lastErrorCode() == null, s.lastSuccess());
    }

    /** After a probe or a request: the centre answers only when the agent found it up. */
    static CentreContact published(SyncStatus s) {
        return new CentreContact(s.enrolled(), s.connectivity() == Connectivity.ONLINE, s.lastSuccess());
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("outage listener already gone", e);
        }
    }
}
