package id.loket.desktop.capture;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.nik.NikValidator;
import id.loket.core.name.NameRules;
import id.loket.core.workflow.ApplicationState;

import java.time.LocalDate;
import java.util.List;

/**
 * The steps of the guided capture, in order. Each knows from the stored draft alone whether it
 * is done, so a capture reopened after a crash or restart resumes at the first step that is not.
 */
public enum CaptureStep {
    APPLICANT("applicant"),
    DOCUMENTS("documents"),
    PHOTO("photo"),
    FINGERPRINTS("fingerprints"),
    INTERVIEW("interview"),
    PAYMENT("payment"),
    REVIEW("review");

    private final String id;

    CaptureStep(String id) {
        this.id = id;
    }

    /** Short id used in node ids and bundle keys ({@code capture.step.<id>}). */
    public String id() {
        return id;
    }

    /** Bundle key of the step's name on the rail. */
    public String titleKey() {
        return "capture.step." + id;
    }

    /** True when the draft holds everything this step records. */
    public boolean complete(Application app, LocalDate today) {
        if (app == null) {
            return false;
        }
        return switch (this) {
            case APPLICANT -> applicantComplete(app, today);
            case DOCUMENTS -> !app.documents().isEmpty();
            case PHOTO -> app.photo() != null;
            case FINGERPRINTS -> app.fingerprints().fingers().stream()
                    .noneMatch(f -> f.status() == FingerStatus.PENDING);
            case INTERVIEW -> app.interview() != null;
            case PAYMENT -> app.payment() != null && app.payment().paid();
            case REVIEW -> app.state() != ApplicationState.DRAFT;
        };
    }

    /** The first step that is not complete (REVIEW when all before it are). */
    public static CaptureStep firstIncomplete(Application app, LocalDate today) {
        for (CaptureStep step : values()) {
            if (!step.complete(app, today)) {
                return step;
            }
        }
        return REVIEW;
    }

    /** The step after this one, or this one when it is the last. */
    public CaptureStep next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    private static boolean applicantComplete(Application app, LocalDate today) {
        Applicant a = app.applicant();
        if (a == null || app.kind() == null || app.passportType() == null || app.service() == null
                || app.purpose() == null || app.lane() == null) {
            return false;
        }
        if (blank(a.fullName()) || blank(a.placeOfBirth()) || a.birthDate() == null || a.sex() == null) {
            return false;
        }
        return NikValidator.check(a.nik(), a.birthDate(), a.sex(), today).valid()
                && NameRules.check(a.passportName(), app.kind(), app.purpose()).valid();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Every step, in order. */
    public static List<CaptureStep> rail() {
        return List.of(values());
    }
}
