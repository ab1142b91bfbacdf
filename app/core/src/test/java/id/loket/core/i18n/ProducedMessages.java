package id.loket.core.i18n;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.DocumentRules;
import id.loket.core.application.NikVerification;
import id.loket.core.application.Payment;
import id.loket.core.application.Purpose;
import id.loket.core.application.Sex;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.name.NameCheck;
import id.loket.core.name.NameRules;
import id.loket.core.nik.NikCheck;
import id.loket.core.nik.NikValidator;
import id.loket.core.workflow.ActorRole;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.Fixtures;
import id.loket.core.workflow.TransitionContext;
import id.loket.core.workflow.Workflow;
import id.loket.core.workflow.WorkflowRefusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Drives every validator and guard into each of its refusals and collects the messages. */
final class ProducedMessages {

    private ProducedMessages() {
    }

    static List<Message> all() {
        List<Message> out = new ArrayList<>();
        LocalDate today = Fixtures.TODAY;
        for (String nik : new String[] {null, "", "12a", "320101120890001", "2000003313900000", "3201013104900001",
                "3201011208900001"}) {
            NikCheck c = NikValidator.check(nik, LocalDate.of(1991, 1, 1), Sex.FEMALE, today);
            out.addAll(c.errors());
            out.addAll(c.warnings());
        }
        for (String name : new String[] {null, "SUKARNO", "SITI " + "A".repeat(70)}) {
            for (ApplicationKind kind : ApplicationKind.values()) {
                NameCheck c = NameRules.check(name, kind, Purpose.HAJJ);
                out.addAll(c.errors());
                out.addAll(c.notes());
            }
        }
        TransitionContext officer = Fixtures.officer();
        TransitionContext nobody = TransitionContext.of(" ", ActorRole.CENTRE, Fixtures.CLOCK);
        Application empty = Fixtures.emptyDraft()
                .withKind(null).withPassportType(null).withService(null).withPurpose(null)
                .withApplicant(new Applicant("1", NikVerification.UNVERIFIED, null, null, null,
                        LocalDate.of(2030, 1, 1), null, null, null, false));
        Application excepted = Fixtures.emptyDraft().withFingerprints(Fixtures.emptyDraft().fingerprints()
                .with(FingerCapture.exception(Finger.LEFT_INDEX, "luka", 0))
                .with(FingerCapture.exception(Finger.RIGHT_INDEX, "", 0)));
        Application noDate = empty.withApplicant(new Applicant(null, null, null, null, null, null, null, null, null,
                false));
        for (Application app : List.of(empty, noDate, excepted, empty.withApplicant(null))) {
            for (ApplicationState target : ApplicationState.values()) {
                out.addAll(Workflow.check(app, target, officer).reasons());
                out.addAll(Workflow.check(app, target, nobody).reasons());
            }
        }
        for (ApplicationState from : ApplicationState.values()) {
            Application app = Fixtures.completeDraft().withState(from)
                    .withPayment(Payment.billed("1", 1, Instant.EPOCH));
            for (ApplicationState target : ApplicationState.values()) {
                out.addAll(Workflow.check(app, target, officer).reasons());
                out.addAll(Workflow.check(app, target, Fixtures.centre()).reasons());
            }
        }
        refusal(out, () -> Workflow.confirmFingerException(Fixtures.completeDraft().withState(
                ApplicationState.FINALISED), Finger.LEFT_INDEX, officer));
        refusal(out, () -> Workflow.skipFinger(Fixtures.completeDraft(), Finger.LEFT_THUMB, officer));
        for (ApplicationKind kind : ApplicationKind.values()) {
            out.addAll(DocumentRules.missing(Fixtures.completeDraft().withKind(kind)));
        }
        return out;
    }

    private static void refusal(List<Message> out, Runnable action) {
        try {
            action.run();
            throw new AssertionError("expected a refusal");
        } catch (WorkflowRefusal r) {
            out.addAll(r.reasons());
        }
    }
}
