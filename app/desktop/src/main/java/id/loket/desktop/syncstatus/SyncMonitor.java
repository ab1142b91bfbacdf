package id.loket.desktop.syncstatus;

import id.loket.sync.agent.SyncStatus;
import id.loket.sync.agent.ledger.QuarantinedRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the window sees of the background sync agent: its status snapshots, the quarantined
 * records, and a nudge after new work. Listeners are called on the agent's thread.
 */
public interface SyncMonitor {

    /** The latest snapshot. */
    SyncStatus current();

    /** Registers a listener; closing the handle removes it. */
    AutoCloseable subscribe(Consumer<SyncStatus> listener);

    /** Records set aside with their reasons (reads the store: call it off the FX thread). */
    List<QuarantinedRecord> quarantined();

    /** New work was queued: drain soon. */
    void wake();
}
