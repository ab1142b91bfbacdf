package id.loket.core.sync;

import id.loket.core.application.ApplicationRepository;
import id.loket.core.application.ApplicationService;
import id.loket.core.audit.AuditLog;
import id.loket.core.device.DeviceProfiles;
import id.loket.core.outbox.Outbox;
import id.loket.core.store.LoketStore;

import java.time.Clock;

/**
 * What the sync agent needs from the device's store, wired for the composition root: identity and
 * keys, the outbox as delivered, resumable uploads, the centre's decisions, progress. The agent
 * reaches it through its own port ({@code DeviceLedger}), adapted in the desktop module.
 */
public record SyncModule(DeviceIdentities identities, OutboxDelivery delivery, UploadLedger uploads,
                         CentreDecisions decisions, SyncProgress progress) {

    public static SyncModule create(LoketStore store, DeviceProfiles devices, Outbox outbox,
                                    ApplicationRepository applications, ApplicationService service,
                                    AuditLog audit, Clock clock) {
        return new SyncModule(new DeviceIdentities(store, devices, clock), new OutboxDelivery(store, outbox, clock),
                new UploadLedger(store, clock), new CentreDecisions(store, applications, service, audit, clock),
                new SyncProgress(store, outbox));
    }
}
