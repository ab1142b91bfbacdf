package id.loket.core.bundle;

import id.loket.core.audit.AuditLog;
import id.loket.core.blob.BlobStore;
import id.loket.core.outbox.Outbox;
import id.loket.core.store.LoketStore;
import id.loket.core.sync.DeviceIdentities;

import java.time.Clock;

/** The manual fallback, wired for the composition root: export to a stick, receipts, the export prompt. */
public record BundleModule(BundleExporter exporter, ReceiptImport receipts, ExportPrompt prompt) {

    public static BundleModule create(LoketStore store, BlobStore blobs, Outbox outbox, DeviceIdentities identities,
                                      AuditLog audit, Clock clock) {
        return new BundleModule(new BundleExporter(store, blobs, identities, audit, clock),
                new ReceiptImport(store, outbox, identities, audit, clock), new ExportPrompt(store, audit, clock));
    }
}
