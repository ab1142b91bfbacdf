package id.loket.desktop.syncstatus;

import id.loket.sync.agent.Connectivity;
import id.loket.sync.agent.SyncStatus;
import id.loket.sync.agent.ledger.QuarantinedRecord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The agent's side of the sync corner in tests: publishes what the test hands it, counts ledger reads. */
final class FakeSyncMonitor implements SyncMonitor {

    final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    SyncStatus current = new SyncStatus(true, Connectivity.OFFLINE, 0, 0, 0, 0, null, null, null);
    List<QuarantinedRecord> quarantined = List.of();
    int reads;

    void publish(SyncStatus s) {
        current = s;
        listeners.forEach(l -> l.accept(s));
    }

    @Override
    public SyncStatus current() {
        reads++;
        return current;
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public List<QuarantinedRecord> quarantined() {
        return quarantined;
    }

    @Override
    public void wake() {
    }
}
