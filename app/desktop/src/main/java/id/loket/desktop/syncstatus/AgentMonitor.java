package id.loket.desktop.syncstatus;

import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncStatus;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.QuarantinedRecord;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The monitor over the real agent and the device's ledger. */
public final class AgentMonitor implements SyncMonitor {

    private final SyncAgent agent;
    private final DeviceLedger ledger;

    public AgentMonitor(SyncAgent agent, DeviceLedger ledger) {
        this.agent = Objects.requireNonNull(agent, "agent");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public SyncStatus current() {
        return agent.status();
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        return agent.addListener(listener);
    }

    @Override
    public List<QuarantinedRecord> quarantined() {
        return ledger.quarantined();
    }

    @Override
    public void wake() {
        agent.wake();
    }
}
