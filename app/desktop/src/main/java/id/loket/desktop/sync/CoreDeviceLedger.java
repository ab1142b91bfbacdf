package id.loket.desktop.sync;

import id.loket.core.CoreServices;
import id.loket.core.blob.BlobStore;
import id.loket.core.blob.CorruptBlobException;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.outbox.OutboxState;
import id.loket.core.sync.DeviceIdentity;
import id.loket.core.sync.OutboxMove;
import id.loket.core.sync.OutgoingRow;
import id.loket.core.sync.SyncModule;
import id.loket.core.sync.SyncSummary;
import id.loket.core.sync.UploadEntry;
import id.loket.sync.agent.ledger.DecisionOutcome;
import id.loket.sync.agent.ledger.DeviceCredentials;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.Enrolment;
import id.loket.sync.protocol.bundle.CentreKeys;
import id.loket.sync.agent.ledger.LedgerSummary;
import id.loket.sync.agent.ledger.LocalBlob;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.ledger.QuarantinedRecord;
import id.loket.sync.agent.ledger.RecordState;
import id.loket.sync.agent.ledger.RecordTransition;
import id.loket.sync.agent.ledger.UploadProgress;
import id.loket.sync.protocol.status.StatusEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The sync agent's {@link DeviceLedger} port over the device's core services: identity and keys,
 * the outbox as delivered, blobs, resumable uploads, the status feed's decisions and progress.
 * Each call is one durable store transaction; states map one to one by name.
 */
public final class CoreDeviceLedger implements DeviceLedger {

    private static final Logger LOG = LoggerFactory.getLogger(CoreDeviceLedger.class);

    private final SyncModule sync;
    private final BlobStore blobs;

    public CoreDeviceLedger(CoreServices core) {
        Objects.requireNonNull(core, "core");
        this.sync = core.sync();
        this.blobs = core.blobs();
    }

    @Override
    public DeviceCredentials credentials() {
        DeviceIdentity identity = sync.identities().prepare();
        return new DeviceCredentials(identity.deviceId().toString(), identity.officeCode(), identity.counterNumber(),
                identity.verifyingKey());
    }

    @Override
    public void enrolled(String centreBaseUrl, Instant enrolledAt) {
        sync.identities().enrolled(centreBaseUrl, enrolledAt);
    }

    @Override
    public void centreKeys(CentreKeys keys) {
        sync.identities().centreKeys(keys.bundleKey(), keys.receiptKey());
    }

    @Override
    public boolean knowsCentreKeys() {
        return sync.identities().current().map(DeviceIdentity::knowsCentreKeys).orElse(false);
    }

    @Override
    public Optional<Enrolment> enrolment() {
        return sync.identities().current().filter(DeviceIdentity::enrolled)
                .map(i -> new Enrolment(i.deviceId().toString(), i.centreUrl(), i.signingKey(), i.enrolledAt()));
    }

    @Override
    public List<OutgoingRecord> outgoing(long afterSeq, int limit) {
        return sync.delivery().next(afterSeq, limit).stream().map(CoreDeviceLedger::record).toList();
    }

    private static OutgoingRecord record(OutgoingRow row) {
        return new OutgoingRecord(row.deviceSeq(), row.recordId(), row.kind(), row.recordHash(), row.payload(),
                row.blobHashes(), RecordState.valueOf(row.state().name()), row.createdAt());
    }

    @Override
    public void transition(List<RecordTransition> changes) {
        if (!changes.isEmpty()) {
            sync.delivery().move(changes.stream()
                    .map(t -> new OutboxMove(t.deviceSeq(), OutboxState.valueOf(t.to().name()), t.reason())).toList());
        }
    }

    @Override
    public int acknowledgeUpTo(long highestUnbrokenSeq) {
        return sync.delivery().acknowledgeUpTo(highestUnbrokenSeq);
    }

    @Override
    public List<QuarantinedRecord> quarantined() {
        return sync.delivery().quarantined().stream().map(CoreDeviceLedger::quarantined).toList();
    }

    private static QuarantinedRecord quarantined(OutboxEntry e) {
        return new QuarantinedRecord(e.deviceSeq(), e.recordId(), e.reason(), e.updatedAt());
    }

    @Override
    public Optional<LocalBlob> blob(String hash) {
        try {
            return blobs.read(hash).map(b -> new LocalBlob(hash, b.mediaType(), b.data()));
        } catch (CorruptBlobException damaged) {
            LOG.error("blob {} no longer matches its hash; its records will be quarantined", hash);
            return Optional.empty();
        }
    }

    @Override
    public OptionalLong blobSize(String hash) {
        return blobs.size(hash);
    }

    @Override
    public Optional<UploadProgress> upload(String hash) {
        return sync.uploads().find(hash).map(CoreDeviceLedger::progress);
    }

    @Override
    public java.util.Map<String, UploadProgress> uploads(java.util.Collection<String> hashes) {
        java.util.Map<String, UploadProgress> found = new java.util.HashMap<>();
        sync.uploads().findAll(hashes).forEach(e -> found.put(e.blobHash(), progress(e)));
        return found;
    }

    private static UploadProgress progress(UploadEntry e) {
        return new UploadProgress(e.blobHash(), e.location(), e.size(), e.ackedOffset());
    }

    @Override
    public void saveUpload(UploadProgress progress) {
        sync.uploads().save(progress.hash(), progress.location(), progress.size(), progress.offset());
    }

    @Override
    public void forgetUpload(String hash) {
        sync.uploads().forget(hash);
    }

    @Override
    public long statusCursor() {
        return sync.decisions().cursor();
    }

    @Override
    public DecisionOutcome applyDecision(StatusEvent event) {
        return DecisionOutcome.valueOf(sync.decisions().apply(event).name());
    }

    @Override
    public LedgerSummary summary() {
        SyncSummary s = sync.progress().summary();
        return new LedgerSummary(s.pendingRecords(), s.bytesLeft(), s.quarantined(), s.lastSuccessAt(),
                s.lastErrorCode());
    }

    @Override
    public void recordAttempt(Instant at, String errorCode) {
        sync.progress().recordAttempt(at, errorCode);
    }
}
