package id.loket.core.bundle;

import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.outbox.Outbox;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.outbox.OutboxState;
import id.loket.core.store.LoketStore;
import id.loket.core.sync.DeviceIdentities;
import id.loket.core.sync.DeviceIdentity;
import id.loket.sync.protocol.bundle.BundleReceipt;
import id.loket.sync.protocol.bundle.SignedReceipt;
import id.loket.sync.protocol.security.DeviceKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the centre's signed receipt for a bundle exactly as an online batch reply is applied:
 * ACCEPTED and DUPLICATE rows become ACKNOWLEDGED, CONFLICT and REJECTED rows QUARANTINED with the
 * centre's reason, anything else stays to be sent. All lines in one transaction, after the
 * signature (the centre's receipt key) and the device id were checked; applying a receipt again
 * changes nothing.
 */
public final class ReceiptImport {

    private static final long MAX_RECEIPT_BYTES = 64L * 1024 * 1024;

    private final LoketStore store;
    private final Outbox outbox;
    private final DeviceIdentities identities;
    private final AuditLog audit;
    private final Clock clock;

    public ReceiptImport(LoketStore store, Outbox outbox, DeviceIdentities identities, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param actor the officer (username) who imports it, for the audit
     * @throws BundleRefusal when the file is not a receipt, is not signed by this device's centre,
     *                       or is for another device; nothing changed then
     */
    public ReceiptResult apply(Path file, String actor) {
        Objects.requireNonNull(actor, "actor");
        DeviceIdentity identity = identities.current().filter(DeviceIdentity::knowsCentreKeys)
                .orElseThrow(() -> new BundleRefusal(Message.of("bundle.refused.noCentreKey")));
        SignedReceipt signed = read(file);
        if (!signed.verifies(DeviceKeys.decodePublic(identity.centreReceiptKey()))) {
            throw new BundleRefusal(Message.of("bundle.receipt.badSignature", file.getFileName().toString()));
        }
        BundleReceipt receipt = signed.receipt();
        if (!identity.deviceId().toString().equals(receipt.deviceId())) {
            throw new BundleRefusal(Message.of("bundle.receipt.otherDevice", receipt.deviceId()));
        }
        return store.inTransaction(c -> {
            int acknowledged = 0;
            int quarantined = 0;
            for (BundleReceipt.Line line : receipt.records()) {
                Optional<OutboxState> target = target(line);
                Optional<OutboxEntry> row = outbox.find(line.deviceSeq()).filter(e -> e.recordId().equals(line.recordId())
                        && e.recordHash().equals(line.recordHash()) && OutboxState.UNDELIVERED.contains(e.state()));
                if (target.isEmpty() || row.isEmpty()) {
                    continue;
                }
                outbox.mark(line.deviceSeq(), target.get(), target.get() == OutboxState.QUARANTINED
                        ? "centre (bundle " + receipt.bundleId() + "): " + line.outcome() + " " + line.message() : null);
                if (target.get() == OutboxState.ACKNOWLEDGED) {
                    acknowledged++;
                } else {
                    quarantined++;
                }
            }
            ReceiptResult result = new ReceiptResult(receipt.bundleId(), acknowledged, quarantined,
                    receipt.records().size() - acknowledged - quarantined);
            try (PreparedStatement m = c.prepareStatement("MERGE INTO bundle_receipt (bundle_id, imported_at, "
                    + "applied_at, applied_by, acknowledged, quarantined) KEY (bundle_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                m.setObject(1, receipt.bundleId());
                m.setObject(2, receipt.importedAt() == null ? null : receipt.importedAt().atOffset(ZoneOffset.UTC));
                m.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                m.setString(4, actor);
                m.setInt(5, acknowledged);
                m.setInt(6, quarantined);
                m.executeUpdate();
            }
            audit.append(actor, "bundle.receipt-imported", receipt.bundleId().toString(), Map.of(
                    "acknowledged", Integer.toString(acknowledged), "quarantined", Integer.toString(quarantined),
                    "unchanged", Integer.toString(result.unchanged())));
            return result;
        });
    }

    /** The state an online reply with this outcome leads to; empty when the row stays to be sent. */
    private static Optional<OutboxState> target(BundleReceipt.Line line) {
        return switch (line.outcome()) {
            case ACCEPTED, DUPLICATE -> Optional.of(OutboxState.ACKNOWLEDGED);
            case CONFLICT, REJECTED -> Optional.of(OutboxState.QUARANTINED);
            case MISSING_BLOBS, RETRY_LATER -> Optional.empty();
        };
    }

    private static SignedReceipt read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_RECEIPT_BYTES) {
                throw new BundleRefusal(Message.of("bundle.receipt.unreadable", file.toString()));
            }
            return SignedReceipt.parse(Files.readAllBytes(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleRefusal(Message.of("bundle.receipt.unreadable", file.toString()), e);
        }
    }
}
