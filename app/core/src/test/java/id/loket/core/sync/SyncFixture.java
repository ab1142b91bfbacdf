package id.loket.core.sync;

import id.loket.core.CoreServices;
import id.loket.core.MutableClock;
import id.loket.core.TestStores;
import id.loket.core.application.Application;
import id.loket.core.application.Payment;
import id.loket.core.biometric.FingerSet;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.core.workflow.Fixtures;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/** A real store set up as a counter (office DPS, counter 3) with finalised, paid applications. */
final class SyncFixture implements AutoCloseable {

    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "I Made Sudarsana", Role.OFFICER, true);
    static final Payment PAID = Payment.billed("820261123000123", 950_000L, Fixtures.NOW.minusSeconds(900))
            .confirmPaid(Fixtures.NOW.minusSeconds(800), "NTPN1");

    final MutableClock clock = new MutableClock(Fixtures.NOW, Fixtures.JAKARTA);
    final CoreServices core;
    private final Random random = new Random(7);

    SyncFixture(Path dir) {
        core = TestStores.open(dir, clock);
        core.deviceProfiles().save("DPS", 3);
    }

    /** A finalised, paid application with a 2,000-byte photo and two 500-byte fingerprints. */
    Application finalised() {
        Application draft = TestStores.finalisableDraft(core.blobs(), FingerSet.TWO_INDEX, random, 2_000, 500)
                .withPayment(PAID);
        core.applications().saveDraft(draft);
        return core.applicationService().finalise(draft.id(), OFFICER);
    }

    SyncModule sync() {
        return core.sync();
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        core.close();
    }
}
