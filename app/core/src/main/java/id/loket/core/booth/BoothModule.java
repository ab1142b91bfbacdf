package id.loket.core.booth;

import id.loket.core.application.ApplicationRepository;
import id.loket.core.audit.AuditLog;
import id.loket.core.store.LoketStore;

import java.time.Clock;

/** Booth mode wired for the composition root: the events and each event's list and captures. */
public record BoothModule(BoothEvents events, BoothList list) {

    public static BoothModule create(LoketStore store, ApplicationRepository applications, AuditLog audit,
                                     Clock clock) {
        return new BoothModule(new BoothEvents(store, audit, clock),
                new BoothList(store, applications, audit, clock, clock.getZone()));
    }
}
