package id.loket.core.queue;

import id.loket.core.audit.AuditLog;
import id.loket.core.device.DeviceProfiles;
import id.loket.core.store.LoketStore;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The queue services of one device, wired together for the composition root (desktop, CLI):
 * settings (quotas, weekend rule), appointments, issuing tickets and calling them, moving appointments. All share the
 * device's store, audit log, clock and zone ("today" is the local date in {@code zone}).
 */
public record QueueModule(QueueSettings settings, AppointmentBook appointments, QueueService tickets,
                          QueueCalls calls, Rescheduling rescheduling) {

    public static QueueModule create(LoketStore store, AuditLog audit, DeviceProfiles devices, Clock clock,
                                     ZoneId zone) {
        return new QueueModule(new QueueSettings(store, audit, clock), new AppointmentBook(store, audit, clock, zone),
                new QueueService(store, audit, devices, clock, zone), new QueueCalls(store, audit, clock, zone),
                new Rescheduling(store, audit, clock, zone));
    }
}
