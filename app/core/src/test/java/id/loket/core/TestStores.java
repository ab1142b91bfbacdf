package id.loket.core;

import id.loket.core.application.Application;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerSet;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.core.biometric.PhotoCapture;
import id.loket.core.blob.BlobStore;
import id.loket.core.officer.PasswordHasher;
import id.loket.core.store.Ids;
import id.loket.core.workflow.Fixtures;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/** Test wiring: core services with a fast password hasher, and drafts whose images are really stored. */
public final class TestStores {

    /** Few iterations: tests must not spend 0.5 s per password. */
    public static final PasswordHasher FAST_HASHER = new PasswordHasher(1_000);

    private TestStores() {
    }

    public static CoreServices open(Path dir, Clock clock) {
        return CoreServices.open(dir, clock, FAST_HASHER);
    }

    public static CoreServices open(Path dir) {
        return open(dir, Fixtures.CLOCK);
    }

    /** A draft that passes every finalise guard, its photo and fingerprints stored in {@code blobs}. */
    public static Application finalisableDraft(BlobStore blobs, FingerSet fingers, Random random,
                                               int photoBytes, int fingerBytes) {
        String photo = blobs.put(bytes(random, photoBytes), "image/jpeg");
        FingerprintCapture fp = FingerprintCapture.pending(fingers);
        for (Finger f : fingers.fingers()) {
            String hash = blobs.put(bytes(random, fingerBytes), "image/x-wsq");
            fp = fp.with(FingerCapture.captured(f, 70, 1, "SBI-001", hash));
        }
        UUID id = Ids.uuidV7();
        Application base = Fixtures.emptyDraft();
        return Application.draft(id, base.applicant(), base.kind(), base.passportType(), base.service(),
                        base.purpose(), base.lane(), fingers, "petugas1", Fixtures.NOW.minusSeconds(600))
                .withPhoto(new PhotoCapture(photo, 413, 531, Fixtures.NOW.minusSeconds(300)))
                .withFingerprints(fp);
    }

    public static Application finalisableDraft(BlobStore blobs) {
        return finalisableDraft(blobs, FingerSet.TWO_INDEX, new Random(), 2_000, 500);
    }

    public static byte[] bytes(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }
}
