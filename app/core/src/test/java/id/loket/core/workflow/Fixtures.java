package id.loket.core.workflow;

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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Test data: a complete draft that may be finalised, and contexts for each role. */
public final class Fixtures {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    public static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, JAKARTA);
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final String NIK = "3201011208900001";

    private Fixtures() {
    }

    public static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    public static Applicant applicant() {
        return new Applicant(NIK, NikVerification.UNVERIFIED, "H. M. Firman, S.E.", "M FIRMAN", "Bogor",
                LocalDate.of(1990, 8, 12), Sex.MALE, "Jl. Pajajaran 1, Bogor", "081234567890", true);
    }

    /** A draft with nothing captured yet. */
    public static Application emptyDraft() {
        return Application.draft(UUID.fromString("0190f1e2-0000-7000-8000-000000000001"), applicant(),
                ApplicationKind.NEW, PassportType.ELECTRONIC, ServiceLevel.REGULAR, Purpose.UMRAH,
                Lane.APPOINTMENT, FingerSet.TWO_INDEX, "petugas1", NOW.minusSeconds(600));
    }

    /** A draft that passes every finalise guard. */
    public static Application completeDraft() {
        FingerprintCapture fp = FingerprintCapture.pending(FingerSet.TWO_INDEX)
                .with(FingerCapture.captured(Finger.LEFT_INDEX, 71, 1, "SBI-001", hash('1')))
                .with(FingerCapture.captured(Finger.RIGHT_INDEX, 65, 2, "SBI-001", hash('2')));
        return emptyDraft().withPhoto(new PhotoCapture(hash('a'), 413, 531, NOW.minusSeconds(300)))
                .withFingerprints(fp);
    }

    public static TransitionContext officer() {
        return TransitionContext.of("petugas1", ActorRole.OFFICER, CLOCK);
    }

    public static TransitionContext supervisor() {
        return TransitionContext.of("kasi1", ActorRole.SUPERVISOR, CLOCK);
    }

    public static TransitionContext centre() {
        return TransitionContext.of("pusat", ActorRole.CENTRE, CLOCK);
    }
}
