package id.loket.core;

import id.loket.core.application.ApplicationRepository;
import id.loket.core.application.ApplicationService;
import id.loket.core.audit.AuditLog;
import id.loket.core.booth.BoothModule;
import id.loket.core.calllist.CallList;
import id.loket.core.blob.BlobStore;
import id.loket.core.bundle.BundleModule;
import id.loket.core.device.DeviceProfiles;
import id.loket.core.officer.OfficerService;
import id.loket.core.officer.PasswordHasher;
import id.loket.core.outbox.Outbox;
import id.loket.core.outage.OutageWatch;
import id.loket.core.provision.ProvisioningService;
import id.loket.core.queue.QueueModule;
import id.loket.core.store.LoketStore;
import id.loket.core.sync.SyncModule;
import id.loket.core.waitingroom.Announcements;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The core services of one device, wired by hand in one place for the desktop and the CLI.
 * Open it once at start-up and close it at exit; everything inside shares the one store.
 * The queue's "today" is the local date in the clock's zone.
 */
public record CoreServices(LoketStore store, DeviceProfiles deviceProfiles, OfficerService officers,
                           AuditLog audit, BlobStore blobs, ApplicationRepository applications,
                           ApplicationService applicationService, Outbox outbox, QueueModule queue,
                           SyncModule sync, OutageWatch outage, Announcements announcements,
                           BundleModule bundles, BoothModule booth, CallList callList,
                           ProvisioningService provisioning)
        implements AutoCloseable {

    /** Opens the store in {@code dataDir} with production password hashing (600,000 iterations). */
    public static CoreServices open(Path dataDir, Clock clock) {
        return open(dataDir, clock, new PasswordHasher());
    }

    /** As {@link #open(Path, Clock)} with another password hasher (tests use fewer iterations). */
    public static CoreServices open(Path dataDir, Clock clock, PasswordHasher hasher) {
        LoketStore store = LoketStore.open(dataDir);
        DeviceProfiles devices = new DeviceProfiles(store, clock);
        AuditLog audit = new AuditLog(store, clock);
        OfficerService officers = new OfficerService(store, audit, hasher, clock);
        BlobStore blobs = new BlobStore(store);
        ApplicationRepository applications = new ApplicationRepository(store);
        Outbox outbox = new Outbox(store, clock);
        OutageWatch outage = new OutageWatch(clock, OutageWatch.DEFAULT_THRESHOLD);
        ApplicationService service = new ApplicationService(store, applications, devices, blobs, outbox, audit, clock,
                outage);
        QueueModule queue = QueueModule.create(store, audit, devices, clock, clock.getZone());
        SyncModule sync = SyncModule.create(store, devices, outbox, applications, service, audit, clock);
        BundleModule bundles = BundleModule.create(store, blobs, outbox, sync.identities(), audit, clock);
        BoothModule booth = BoothModule.create(store, applications, audit, clock);
        CallList callList = new CallList(store, applications, queue.rescheduling(), audit, clock);
        ProvisioningService provisioning = new ProvisioningService(store, devices, officers, queue.settings(), audit,
                clock);
        return new CoreServices(store, devices, officers, audit, blobs, applications, service, outbox, queue, sync,
                outage, new Announcements(store, audit, clock), bundles, booth, callList, provisioning);
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }
}
