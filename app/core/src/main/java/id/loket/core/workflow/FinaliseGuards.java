package id.loket.core.workflow;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.i18n.Message;
import id.loket.core.name.NameRules;
import id.loket.core.nik.NikValidator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a draft needs before it can be finalised: complete identity, a photo, every finger resolved. */
final class FinaliseGuards {

    private FinaliseGuards() {
    }

    static List<Message> problems(Application app, LocalDate today) {
        List<Message> problems = new ArrayList<>(identity(app, today));
        if (app.photo() == null) {
            problems.add(Message.of("workflow.finalise.noPhoto"));
        }
        problems.addAll(fingers(app));
        return problems;
    }

    static List<Message> identity(Application app, LocalDate today) {
        List<Message> problems = new ArrayList<>();
        missing(problems, app.kind() == null, "field.kind");
        missing(problems, app.passportType() == null, "field.passportType");
        missing(problems, app.service() == null, "field.service");
        missing(problems, app.purpose() == null, "field.purpose");
        Applicant a = app.applicant();
        if (a == null) {
            problems.add(Message.of("workflow.finalise.noApplicant"));
            return problems;
        }
        missing(problems, blank(a.fullName()), "field.fullName");
        missing(problems, blank(a.placeOfBirth()), "field.placeOfBirth");
        missing(problems, a.birthDate() == null, "field.birthDate");
        missing(problems, a.sex() == null, "field.sex");
        if (a.birthDate() != null && a.birthDate().isAfter(today)) {
            problems.add(Message.of("workflow.finalise.birthDateFuture", a.birthDate()));
        }
        problems.addAll(NikValidator.check(a.nik(), a.birthDate(), a.sex(), today).errors());
        problems.addAll(NameRules.check(a.passportName(), app.kind(), app.purpose()).errors());
        return problems;
    }

    static List<Message> fingers(Application app) {
        List<Message> problems = new ArrayList<>();
        for (FingerCapture c : app.fingerprints().unresolved()) {
            if (c.status() == FingerStatus.PENDING || c.status() == FingerStatus.CAPTURED) {
                problems.add(Message.of("workflow.finalise.fingerPending", c.finger()));
            } else if (blank(c.exceptionReason())) {
                problems.add(Message.of("workflow.finalise.fingerNoReason", c.finger()));
            } else {
                problems.add(Message.of("workflow.finalise.fingerUnconfirmed", c.finger()));
            }
        }
        return problems;
    }

    private static void missing(List<Message> problems, boolean isMissing, String fieldKey) {
        if (isMissing) {
            problems.add(Message.of("workflow.finalise.missing", Message.of(fieldKey)));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
