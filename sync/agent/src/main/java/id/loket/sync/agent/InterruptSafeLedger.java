package id.loket.sync.agent;

import id.loket.sync.agent.ledger.DecisionOutcome;
import id.loket.sync.agent.ledger.DeviceCredentials;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.Enrolment;
import id.loket.sync.agent.ledger.LedgerSummary;
import id.loket.sync.agent.ledger.LocalBlob;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.ledger.QuarantinedRecord;
import id.loket.sync.agent.ledger.RecordTransition;
import id.loket.sync.agent.ledger.UploadProgress;
import id.loket.sync.protocol.status.StatusEvent;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The device's ledger as the agent uses it, with interrupts kept out of its calls.
 * {@link SyncAgent#stop()} interrupts the loop's thread so that a wait or an HTTP call ends at once;
 * but an interrupt that reaches the store's file I/O closes the file channel
 * ({@code ClosedByInterruptException}), and the device's H2 store then closes itself for every user
 * of it, losing the change being written. So each call runs with the thread's interrupt status
 * cleared and restored afterwards, and {@link #interrupt(Thread)} holds an interrupt aimed at a
 * thread inside a call until the call has returned.
 */
final class InterruptSafeLedger implements DeviceLedger {

    private final DeviceLedger ledger;
    /** Threads inside a call, with how many calls deep. */
    private final Map<Thread, Integer> inside = new HashMap<>();
    /** Threads to interrupt when their call returns. */
    private final Set<Thread> held = new HashSet<>();

    InterruptSafeLedger(DeviceLedger ledger) {
        this.ledger = ledger;
    }

    /** Interrupts {@code thread} now, or as soon as its current ledger call has returned. */
    synchronized void interrupt(Thread thread) {
        if (inside.containsKey(thread)) {
            held.add(thread);
        } else {
            thread.interrupt();
        }
    }

    private <T> T call(Supplier<T> work) {
        Thread me = Thread.currentThread();
        boolean interrupted;
        synchronized (this) {
            interrupted = Thread.interrupted();
            inside.merge(me, 1, Integer::sum);
        }
        try {
            return work.get();
        } finally {
            synchronized (this) {
                if (inside.merge(me, -1, Integer::sum) == 0) {
                    inside.remove(me);
                    interrupted |= held.remove(me);
                }
            }
            if (interrupted) {
                me.interrupt();
            }
        }
    }

    private void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public DeviceCredentials credentials() {
        return call(ledger::credentials);
    }

    @Override
    public void enrolled(String centreBaseUrl, Instant enrolledAt) {
        run(() -> ledger.enrolled(centreBaseUrl, enrolledAt));
    }

    @Override
    public void centreKeys(id.loket.sync.protocol.bundle.CentreKeys keys) {
        run(() -> ledger.centreKeys(keys));
    }

    @Override
    public boolean knowsCentreKeys() {
        return call(ledger::knowsCentreKeys);
    }

    @Override
    public Optional<Enrolment> enrolment() {
        return call(ledger::enrolment);
    }

    @Override
    public List<OutgoingRecord> outgoing(long afterSeq, int limit) {
        return call(() -> ledger.outgoing(afterSeq, limit));
    }

    @Override
    public void transition(List<RecordTransition> changes) {
        run(() -> ledger.transition(changes));
    }

    @Override
    public int acknowledgeUpTo(long highestUnbrokenSeq) {
        return call(() -> ledger.acknowledgeUpTo(highestUnbrokenSeq));
    }

    @Override
    public List<QuarantinedRecord> quarantined() {
        return call(ledger::quarantined);
    }

    @Override
    public Optional<LocalBlob> blob(String hash) {
        return call(() -> ledger.blob(hash));
    }

    @Override
    public OptionalLong blobSize(String hash) {
        return call(() -> ledger.blobSize(hash));
    }

    @Override
    public Optional<UploadProgress> upload(String hash) {
        return call(() -> ledger.upload(hash));
    }

    @Override
    public java.util.Map<String, UploadProgress> uploads(java.util.Collection<String> hashes) {
        return call(() -> ledger.uploads(hashes));
    }

    @Override
    public void saveUpload(UploadProgress progress) {
        run(() -> ledger.saveUpload(progress));
    }

    @Override
    public void forgetUpload(String hash) {
        run(() -> ledger.forgetUpload(hash));
    }

    @Override
    public long statusCursor() {
        return call(ledger::statusCursor);
    }

    @Override
    public DecisionOutcome applyDecision(StatusEvent event) {
        return call(() -> ledger.applyDecision(event));
    }

    @Override
    public LedgerSummary summary() {
        return call(ledger::summary);
    }

    @Override
    public void recordAttempt(Instant at, String errorCode) {
        run(() -> ledger.recordAttempt(at, errorCode));
    }
}
