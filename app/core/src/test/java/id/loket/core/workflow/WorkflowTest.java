package id.loket.core.workflow;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Payment;
import id.loket.core.application.Purpose;
import id.loket.core.application.Sex;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import static id.loket.core.workflow.ApplicationState.APPROVED;
import static id.loket.core.workflow.ApplicationState.CANCELLED;
import static id.loket.core.workflow.ApplicationState.DRAFT;
import static id.loket.core.workflow.ApplicationState.FINALISED;
import static id.loket.core.workflow.ApplicationState.HANDED_OVER;
import static id.loket.core.workflow.ApplicationState.PRINTED;
import static id.loket.core.workflow.ApplicationState.REJECTED;
import static id.loket.core.workflow.Fixtures.centre;
import static id.loket.core.workflow.Fixtures.completeDraft;
import static id.loket.core.workflow.Fixtures.officer;
import static id.loket.core.workflow.Fixtures.supervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowTest {

    private static final Payment PAID = Payment.billed("820261123000123", 950_000L, Instant.parse("2026-11-23T03:00:00Z"))
            .confirmPaid(Instant.parse("2026-11-23T03:10:00Z"), "NTPN1");

    private static TransitionCheck check(Application app, ApplicationState target, TransitionContext ctx) {
        return Workflow.check(app, target, ctx);
    }

    private static void assertRefused(Application app, ApplicationState target, TransitionContext ctx,
                                      String... keys) {
        TransitionCheck c = check(app, target, ctx);
        assertThat(c.allowed()).isFalse();
        assertThat(c.reasons()).extracting(Message::key).containsExactly(keys);
        assertThatThrownBy(() -> Workflow.apply(app, target, ctx)).isInstanceOf(WorkflowRefusal.class)
                .satisfies(e -> assertThat(((WorkflowRefusal) e).reasons()).isEqualTo(c.reasons()));
    }

    @Test
    void theWholeHappyPath() {
        Application a = Workflow.apply(completeDraft(), FINALISED, officer());
        assertThat(a.state()).isEqualTo(FINALISED);
        assertThat(a.updatedAt()).isEqualTo(Fixtures.NOW);
        a = Workflow.apply(a, APPROVED, centre());
        a = Workflow.apply(a.withPayment(PAID), PRINTED, officer());
        a = Workflow.apply(a, HANDED_OVER, officer());
        assertThat(a.state()).isEqualTo(HANDED_OVER);
        assertThat(a.cancellationReason()).isNull();
    }

    @Test
    void finaliseNeedsAPhoto() {
        assertRefused(completeDraft().withPhoto(null), FINALISED, officer(), "workflow.finalise.noPhoto");
    }

    @Test
    void finaliseNeedsEveryRequiredFinger() {
        Application a = completeDraft().withFingerprints(completeDraft().fingerprints()
                .with(FingerCapture.pending(Finger.RIGHT_INDEX)));
        assertRefused(a, FINALISED, officer(), "workflow.finalise.fingerPending");
        assertThat(check(a, FINALISED, officer()).reasons().getFirst().args()).containsExactly(Finger.RIGHT_INDEX);
        assertThat(Messages.INDONESIAN.render(check(a, FINALISED, officer()).reasons().getFirst()))
                .isEqualTo("Sidik jari telunjuk kanan belum diambil.");
    }

    @Test
    void anUnconfirmedExceptionBlocksFinalising() {
        Application a = withException(completeDraft(), "jari diperban");
        assertRefused(a, FINALISED, officer(), "workflow.finalise.fingerUnconfirmed");
    }

    @Test
    void anExceptionWithoutReasonBlocksFinalising() {
        assertRefused(withException(completeDraft(), " "), FINALISED, officer(), "workflow.finalise.fingerNoReason");
    }

    @Test
    void officersCannotConfirmFingerExceptions() {
        Application a = withException(completeDraft(), "jari diamputasi");
        assertThatThrownBy(() -> Workflow.confirmFingerException(a, Finger.LEFT_INDEX, officer()))
                .isInstanceOf(WorkflowRefusal.class)
                .satisfies(e -> assertThat(((WorkflowRefusal) e).reasons()).extracting(Message::key)
                        .containsExactly("workflow.exception.notSupervisor"));
    }

    @Test
    void aSupervisorsConfirmationLetsTheDraftBeFinalised() {
        Application a = Workflow.confirmFingerException(withException(completeDraft(), "jari diamputasi"),
                Finger.LEFT_INDEX, supervisor());
        assertThat(a.fingerprints().finger(Finger.LEFT_INDEX).confirmedBy()).isEqualTo("kasi1");
        assertThat(check(a, FINALISED, officer()).allowed()).isTrue();
        Application byAdmin = Workflow.confirmFingerException(withException(completeDraft(), "luka"),
                Finger.LEFT_INDEX, TransitionContext.of("admin", ActorRole.ADMINISTRATOR, Fixtures.CLOCK));
        assertThat(check(byAdmin, FINALISED, officer()).allowed()).isTrue();
    }

    @Test
    void confirmingRefusesWhatIsNotAnExceptionOrNotADraft() {
        assertThatThrownBy(() -> Workflow.confirmFingerException(completeDraft(), Finger.LEFT_INDEX, supervisor()))
                .isInstanceOf(WorkflowRefusal.class).hasMessageContaining("not recorded as an exception");
        Application finalised = withException(completeDraft(), "luka").withState(FINALISED);
        assertThatThrownBy(() -> Workflow.confirmFingerException(finalised, Finger.LEFT_INDEX, supervisor()))
                .isInstanceOf(WorkflowRefusal.class).hasMessageContaining("only change while the application is a draft");
        assertThatThrownBy(() -> Workflow.confirmFingerException(withException(completeDraft(), ""),
                Finger.LEFT_INDEX, supervisor())).isInstanceOf(WorkflowRefusal.class).hasMessageContaining("needs a reason");
    }

    @Test
    void aSupervisorMaySkipAFingerWithAReason() {
        Application a = completeDraft().withFingerprints(completeDraft().fingerprints()
                .with(FingerCapture.pending(Finger.LEFT_INDEX)));
        Application skipped = Workflow.skipFinger(a, Finger.LEFT_INDEX, supervisor().withReason("kualitas rendah"));
        assertThat(skipped.fingerprints().finger(Finger.LEFT_INDEX).confirmedBy()).isEqualTo("kasi1");
        assertThat(check(skipped, FINALISED, officer()).allowed()).isTrue();
        assertThatThrownBy(() -> Workflow.skipFinger(a, Finger.LEFT_INDEX, supervisor()))
                .isInstanceOf(WorkflowRefusal.class);
        assertThatThrownBy(() -> Workflow.skipFinger(a, Finger.LEFT_INDEX, officer().withReason("x")))
                .isInstanceOf(WorkflowRefusal.class).hasMessageContaining("your role: officer");
        assertThatThrownBy(() -> Workflow.skipFinger(a, Finger.LEFT_THUMB, supervisor().withReason("x")))
                .isInstanceOf(WorkflowRefusal.class).hasMessageContaining("not one of the required fingers");
    }

    @Test
    void finaliseNeedsAValidIdentity() {
        Application badNik = completeDraft().withApplicant(new id.loket.core.application.Applicant("320101120890001",
                null, "M Firman", "M FIRMAN", "Bogor", LocalDate.of(1990, 8, 12), Sex.MALE, null, null, false));
        assertRefused(badNik, FINALISED, officer(), "nik.error.length");
        Application singleName = completeDraft().withApplicant(Fixtures.applicant().withPassportName("FIRMAN"));
        assertRefused(singleName, FINALISED, officer(), "name.error.tooFewWords");
        assertThat(check(singleName.withKind(ApplicationKind.RENEWAL), FINALISED, officer()).allowed()).isTrue();
        assertRefused(completeDraft().withPurpose(Purpose.HAJJ), FINALISED, officer(), "name.error.hajjWords");
    }

    @Test
    void missingFieldsAreNamed() {
        Application a = completeDraft().withApplicant(new id.loket.core.application.Applicant(Fixtures.NIK, null,
                " ", "M FIRMAN", null, null, null, null, null, false)).withService(null);
        TransitionCheck c = check(a, FINALISED, officer());
        assertThat(c.reasons()).extracting(m -> Messages.ENGLISH.render(m)).containsExactly(
                "Service is required.", "Full name is required.", "Place of birth is required.",
                "Date of birth is required.", "Sex is required.");
        assertRefused(completeDraft().withApplicant(null), FINALISED, officer(), "workflow.finalise.noApplicant");
    }

    @Test
    void aNikThatDisagreesWithTheBirthDateDoesNotBlock() {
        Application a = completeDraft().withApplicant(new id.loket.core.application.Applicant(Fixtures.NIK, null,
                "M Firman", "M FIRMAN", "Bogor", LocalDate.of(1990, 9, 1), Sex.FEMALE, null, null, false));
        assertThat(check(a, FINALISED, officer()).allowed()).isTrue();
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        Application a = completeDraft().withApplicant(new id.loket.core.application.Applicant(Fixtures.NIK, null,
                "M Firman", "M FIRMAN", "Bogor", LocalDate.of(2027, 1, 1), Sex.MALE, null, null, false));
        assertThat(check(a, FINALISED, officer()).reasons()).extracting(Message::key)
                .contains("workflow.finalise.birthDateFuture");
    }

    @Test
    void everyMissingPieceIsReportedAtOnce() {
        TransitionCheck c = check(Fixtures.emptyDraft(), FINALISED, officer());
        assertThat(c.reasons()).extracting(Message::key).containsExactly("workflow.finalise.noPhoto",
                "workflow.finalise.fingerPending", "workflow.finalise.fingerPending");
    }

    @Test
    void draftCannotBePrinted() {
        assertRefused(completeDraft().withPayment(PAID), PRINTED, officer(), "workflow.refused.illegal");
        String text = Messages.ENGLISH.render(check(completeDraft(), PRINTED, officer()).reasons().getFirst());
        assertThat(text).isEqualTo("An application cannot go from draft to printed.");
    }

    @Test
    void printingNeedsCentralApproval() {
        Application finalised = completeDraft().withState(FINALISED);
        assertRefused(finalised.withPayment(PAID), PRINTED, officer(), "workflow.print.notApproved");
        assertRefused(finalised, PRINTED, officer(), "workflow.print.notApproved", "workflow.print.notPaid");
    }

    @Test
    void printingNeedsConfirmedPayment() {
        Application approved = completeDraft().withState(APPROVED);
        assertRefused(approved, PRINTED, officer(), "workflow.print.notPaid");
        assertRefused(approved.withPayment(Payment.billed("1", 950_000L, Fixtures.NOW)), PRINTED, officer(),
                "workflow.print.notPaid");
        assertThat(check(approved.withPayment(PAID), PRINTED, officer()).allowed()).isTrue();
    }

    @Test
    void onlyTheCentreApprovesOrRejects() {
        Application finalised = completeDraft().withState(FINALISED);
        assertRefused(finalised, APPROVED, officer(), "workflow.refused.centreOnly");
        assertRefused(finalised, REJECTED, supervisor(), "workflow.refused.centreOnly");
        assertThat(Workflow.apply(finalised, REJECTED, centre()).state()).isEqualTo(REJECTED);
        assertThat(Workflow.apply(finalised, APPROVED, centre()).state()).isEqualTo(APPROVED);
    }

    @Test
    void theCentreDoesNotDoCounterWork() {
        assertRefused(completeDraft(), FINALISED, centre(), "workflow.refused.notForCentre");
        assertRefused(completeDraft().withState(PRINTED).withPayment(PAID), HANDED_OVER, centre(),
                "workflow.refused.notForCentre");
        assertRefused(completeDraft().withState(APPROVED), CANCELLED, centre().withReason("x"),
                "workflow.refused.notForCentre");
    }

    @Test
    void theCentreMayReportAPrintOnlyOnceApprovedAndPaid() {
        Application approved = completeDraft().withState(APPROVED);
        assertThat(Workflow.apply(approved.withPayment(PAID), PRINTED, centre()).state()).isEqualTo(PRINTED);
        assertRefused(approved, PRINTED, centre(), "workflow.print.notPaid");
        assertRefused(completeDraft().withState(FINALISED).withPayment(PAID), PRINTED, centre(),
                "workflow.print.notApproved");
    }

    @Test
    void cancellingNeedsAReasonAndRecordsIt() {
        assertRefused(completeDraft(), CANCELLED, officer(), "workflow.cancel.noReason");
        assertRefused(completeDraft(), CANCELLED, officer().withReason("  "), "workflow.cancel.noReason");
        for (ApplicationState from : EnumSet.of(DRAFT, FINALISED, APPROVED)) {
            Application c = Workflow.apply(completeDraft().withState(from), CANCELLED,
                    officer().withReason(" pemohon mengundurkan diri "));
            assertThat(c.state()).isEqualTo(CANCELLED);
            assertThat(c.cancellationReason()).isEqualTo("pemohon mengundurkan diri");
        }
    }

    @Test
    void aPrintedPassportCannotBeCancelled() {
        assertRefused(completeDraft().withState(PRINTED), CANCELLED, officer().withReason("x"),
                "workflow.refused.illegal");
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"CANCELLED", "HANDED_OVER", "REJECTED"})
    void nothingLeavesAFinalState(ApplicationState terminal) {
        for (ApplicationState target : ApplicationState.values()) {
            if (target == terminal) {
                continue;
            }
            TransitionCheck c = check(completeDraft().withState(terminal).withPayment(PAID), target,
                    officer().withReason("x"));
            assertThat(c.allowed()).as("%s -> %s", terminal, target).isFalse();
            assertThat(c.reasons()).extracting(Message::key).containsExactly("workflow.refused.terminal");
            assertThat(Messages.ENGLISH.render(c.reasons().getFirst()))
                    .contains(Messages.ENGLISH.text("enum.ApplicationState." + terminal.name()))
                    .contains(Messages.ENGLISH.text("enum.ApplicationState." + target.name()));
        }
        assertThat(Workflow.next(terminal)).isEmpty();
        assertThat(terminal.terminal()).isTrue();
    }

    @Test
    void skippingStatesIsRefused() {
        assertRefused(completeDraft(), APPROVED, centre(), "workflow.refused.illegal");
        assertRefused(completeDraft(), HANDED_OVER, officer(), "workflow.refused.illegal");
        assertRefused(completeDraft().withState(APPROVED), HANDED_OVER, officer(), "workflow.refused.illegal");
        assertRefused(completeDraft().withState(PRINTED), DRAFT, officer(), "workflow.refused.illegal");
        assertRefused(completeDraft().withState(FINALISED), DRAFT, officer(), "workflow.refused.illegal");
    }

    @Test
    void stayingInTheSameStateIsRefused() {
        assertRefused(completeDraft(), DRAFT, officer(), "workflow.refused.same");
    }

    @Test
    void anUnknownActorIsRefused() {
        TransitionContext anonymous = TransitionContext.of(null, ActorRole.OFFICER, Fixtures.CLOCK);
        assertRefused(completeDraft(), FINALISED, anonymous, "workflow.refused.noActor");
    }

    @Test
    void theOneStepGraph() {
        assertThat(Workflow.next(DRAFT)).containsExactlyInAnyOrder(FINALISED, CANCELLED);
        assertThat(Workflow.next(FINALISED)).containsExactlyInAnyOrder(APPROVED, REJECTED, CANCELLED);
        assertThat(Workflow.next(APPROVED)).containsExactlyInAnyOrder(PRINTED, CANCELLED);
        assertThat(Workflow.next(PRINTED)).containsExactly(HANDED_OVER);
    }

    @Test
    void theRefusalTextIsEnglishForLogs() {
        WorkflowRefusal r = new WorkflowRefusal(java.util.List.of(Message.of("workflow.finalise.noPhoto"),
                Message.of("workflow.cancel.noReason")));
        assertThat(r.getMessage()).isEqualTo(
                "The applicant photo has not been taken.; A reason for the cancellation is required.");
    }

    @Test
    void rolesMapFromOfficerRoleNames() {
        assertThat(ActorRole.fromName("SUPERVISOR")).isEqualTo(ActorRole.SUPERVISOR);
        assertThat(ActorRole.fromName("administrator").confirmsFingerExceptions()).isTrue();
        assertThat(ActorRole.OFFICER.confirmsFingerExceptions()).isFalse();
        assertThat(ActorRole.CENTRE.confirmsFingerExceptions()).isFalse();
    }

    private static Application withException(Application a, String reason) {
        return a.withFingerprints(a.fingerprints().with(FingerCapture.exception(Finger.LEFT_INDEX, reason, 3)));
    }
}
