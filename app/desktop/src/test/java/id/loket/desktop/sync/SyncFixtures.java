package id.loket.desktop.sync;

import id.loket.core.CoreServices;
import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Lane;
import id.loket.core.application.NikVerification;
import id.loket.core.application.PassportType;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerSet;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.core.biometric.PhotoCapture;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.desktop.support.TestCore;

import java.time.LocalDate;
import java.util.Random;

/** Finalised applications, with their images really stored, on a device set up as DPS counter 3. */
public final class SyncFixtures {

    private static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "I Made Sudarsana", Role.OFFICER, true);
    private static final Random RANDOM = new Random(23);

    private SyncFixtures() {
    }

    public static void setUp(CoreServices core) {
        core.deviceProfiles().save("DPS", 3);
    }

    /** A finalised application: a 4,000-byte photo and two 1,000-byte fingerprints. */
    public static Application finalised(CoreServices core) {
        String photo = core.blobs().put(bytes(4_000), "image/jpeg");
        FingerprintCapture fingers = FingerprintCapture.pending(FingerSet.TWO_INDEX)
                .with(FingerCapture.captured(Finger.LEFT_INDEX, 70, 1, "SBI-001", core.blobs().put(bytes(1_000), "image/x-wsq")))
                .with(FingerCapture.captured(Finger.RIGHT_INDEX, 66, 1, "SBI-001", core.blobs().put(bytes(1_000), "image/x-wsq")));
        Applicant applicant = new Applicant("3201011208900001", NikVerification.UNVERIFIED, "H. M. Firman, S.E.",
                "M FIRMAN", "Bogor", LocalDate.of(1990, 8, 12), Sex.MALE, "Jl. Pajajaran 1, Bogor", "081234567890", true);
        Application draft = Application.draft(Ids.uuidV7(), applicant, ApplicationKind.NEW, PassportType.ELECTRONIC,
                        ServiceLevel.REGULAR, Purpose.UMRAH, Lane.APPOINTMENT, FingerSet.TWO_INDEX, "petugas1",
                        TestCore.CLOCK.instant().minusSeconds(600))
                .withPhoto(new PhotoCapture(photo, 413, 531, TestCore.CLOCK.instant().minusSeconds(300)))
                .withFingerprints(fingers);
        core.applications().saveDraft(draft);
        return core.applicationService().finalise(draft.id(), OFFICER);
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        RANDOM.nextBytes(b);
        return b;
    }
}
