package id.loket.core.store;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.application.Application;
import id.loket.core.biometric.FingerSet;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;

/**
 * Child process of {@link DurabilityTest}: saves applications (a ~300 KB photo and ten ~15 KB
 * fingerprint images each, in one transaction) and finalises every second one, printing
 * {@code SAVED <id>} / {@code FINALISED <id> <receipt>} only after the commit returned, until the
 * parent kills it.
 */
public final class DurabilityWorker {

    private DurabilityWorker() {
    }

    /**
     * The parent holds this process's stdin open; it closes when the parent dies (a test run
     * killed or timed out), and then this writer must not go on filling the disk.
     */
    private static void exitWhenParentGoes() {
        try {
            while (System.in.read() >= 0) {
                // nothing is ever sent
            }
        } catch (java.io.IOException ignored) {
            // closed: the same
        }
        Runtime.getRuntime().halt(3);
    }

    public static void main(String[] args) {
        Thread.ofPlatform().daemon().start(DurabilityWorker::exitWhenParentGoes);
        Path dir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Officer officer = new Officer(Ids.uuidV7(), "petugas1", "I Made Sudarsana", Role.OFFICER, true);
        CoreServices core = TestStores.open(dir, Clock.system(ZoneId.of("Asia/Jakarta")));
        if (core.deviceProfiles().current().isEmpty()) {
            core.deviceProfiles().save("DPS", 3);
        }
        out.println("READY");
        for (int n = 0; ; n++) {
            Application draft = core.store().inTransaction(c -> {
                Application a = TestStores.finalisableDraft(core.blobs(), FingerSet.TEN, random, 300_000, 15_000);
                core.applications().saveDraft(a);
                return a;
            });
            out.println("SAVED " + draft.id());
            if (n % 2 == 1) {
                Application done = core.applicationService().finalise(draft.id(), officer);
                out.println("FINALISED " + done.id() + " " + done.receiptNumber());
            }
        }
    }
}
