package id.loket.desktop.support;

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
import id.loket.core.name.PassportName;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;

import java.time.LocalDate;

/**
 * Applications already in the store before a test starts, stored through the real repository (so
 * the name index files them) and finalised through the real service (so they have receipt numbers).
 */
public final class Applicants {

    private static final Officer CLERK = new Officer(Ids.uuidV7(), "petugas2", "Wayan Sudirta", Role.OFFICER, true);

    private Applicants() {
    }

    /** A stored draft for this person. */
    public static Application draft(CoreServices core, String fullName, String nik, LocalDate born, String place, Sex sex) {
        return draft(core, fullName, nik, born, place, sex, "081234567890");
    }

    /** A stored draft for this person, with this phone number. */
    public static Application draft(CoreServices core, String fullName, String nik, LocalDate born, String place, Sex sex,
                                    String phone) {
        Applicant applicant = new Applicant(nik, NikVerification.UNVERIFIED, fullName, PassportName.derive(fullName),
                place, born, sex, "Jl. Diponegoro 12", phone, false);
        Application draft = Application.draft(Ids.uuidV7(), applicant, ApplicationKind.NEW, PassportType.ELECTRONIC,
                ServiceLevel.REGULAR, Purpose.UMRAH, Lane.APPOINTMENT, FingerSet.TWO_INDEX, CLERK.username(),
                TestCore.CLOCK.instant().minusSeconds(3_600));
        core.applications().saveDraft(draft);
        return draft;
    }

    /**
     * A finalised application for this person with a stored portrait and two stored prints, as another
     * counter would have left it; it has a receipt number.
     */
    public static Application finalised(CoreServices core, String fullName, String nik, LocalDate born, String place,
                                        Sex sex) {
        return finalised(core, fullName, nik, born, place, sex, "081234567890");
    }

    /** As {@link #finalised(CoreServices, String, String, LocalDate, String, Sex)}, with this phone number. */
    public static Application finalised(CoreServices core, String fullName, String nik, LocalDate born, String place,
                                        Sex sex, String phone) {
        Application draft = complete(core, draft(core, fullName, nik, born, place, sex, phone));
        return core.applicationService().finalise(draft.id(), CLERK);
    }

    /** The stored draft with a stored portrait and two stored prints: everything finalising needs. */
    public static Application complete(CoreServices core, Application draft) {
        String photo = core.blobs().put(Portraits.encode(Portraits.good(), "jpeg"), "image/jpeg");
        FingerprintCapture fingers = FingerprintCapture.pending(FingerSet.TWO_INDEX)
                .with(FingerCapture.captured(Finger.LEFT_INDEX, 70, 1, "SBI-001", core.blobs().put(new byte[] {1, 2, 3}, "image/x-wsq")))
                .with(FingerCapture.captured(Finger.RIGHT_INDEX, 66, 1, "SBI-001", core.blobs().put(new byte[] {4, 5, 6}, "image/x-wsq")));
        Application complete = draft.withPhoto(new PhotoCapture(photo, 700, 900,
                TestCore.CLOCK.instant().minusSeconds(3_000))).withFingerprints(fingers);
        core.applications().saveDraft(complete);
        return complete;
    }
}
