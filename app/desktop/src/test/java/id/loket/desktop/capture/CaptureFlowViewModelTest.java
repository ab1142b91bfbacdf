package id.loket.desktop.capture;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.application.DocumentType;
import id.loket.core.application.Lane;
import id.loket.core.application.Sex;
import id.loket.core.audit.AuditEntry;
import id.loket.core.biometric.FingerSet;
import id.loket.core.fee.FeeTable;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.queue.Ticket;
import id.loket.core.receipt.ExpectedDate;
import id.loket.core.receipt.HolidayCalendar;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The flow without screens: saving after every step, ticket linking, refusals, payment, finalise refusals. */
class CaptureFlowViewModelTest {

    @TempDir
    Path home;
    private CoreServices core;
    private Officer ayu;
    private CaptureFlowViewModel flow;
    private ApplicantStepViewModel applicant;
    private DocumentsStepViewModel documents;
    private PaymentStepViewModel payment;
    private ReviewStepViewModel review;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        core = TestCore.open(home);
        core.deviceProfiles().save("DPS", 7);
        ayu = core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        var tasks = new SameThreadTaskRunner();
        var biometrics = new BiometricSteps(core, tasks, NoScanner.INSTANCE, TestCore.CLOCK);
        applicant = new ApplicantStepViewModel(FeeTable.standard(), FingerSet.TWO_INDEX, TestCore.CLOCK);
        documents = new DocumentsStepViewModel(core.blobs(), tasks, TestCore.CLOCK);
        payment = new PaymentStepViewModel(FeeTable.standard(), core.audit(), tasks, TestCore.CLOCK);
        review = new ReviewStepViewModel(core.applicationService(), core.deviceProfiles(),
                new ReceiptFiles(home, ExpectedDate.standard(HolidayCalendar.indonesia()), TestCore.CLOCK), opened::add,
                tasks, TestCore.CLOCK, () -> Locale.of("id"), l -> "Kantor Imigrasi DPS");
        Map<CaptureStep, CaptureStepModel> models = new EnumMap<>(CaptureStep.class);
        models.put(CaptureStep.APPLICANT, applicant);
        models.put(CaptureStep.DOCUMENTS, documents);
        models.put(CaptureStep.PHOTO, BiometricStepModels.photo(biometrics.photo()));
        models.put(CaptureStep.FINGERPRINTS, BiometricStepModels.fingerprints(biometrics.fingerprints()));
        models.put(CaptureStep.INTERVIEW, new InterviewStepViewModel(TestCore.CLOCK));
        models.put(CaptureStep.PAYMENT, payment);
        models.put(CaptureStep.REVIEW, review);
        flow = new CaptureFlowViewModel(core.applications(), core.queue().calls(), tasks, navigator, TestCore.CLOCK,
                models);
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    private void fillApplicant() {
        applicant.nikProperty().set("5171011208900001");
        applicant.fullNameProperty().set("Made Wirawan");
        applicant.placeOfBirthProperty().set("Denpasar");
        applicant.birthDateTextProperty().set("12-08-1990");
        applicant.sexProperty().set(Sex.MALE);
    }

    private Application stored() {
        return core.applications().find(flow.draftProperty().get().id()).orElseThrow();
    }

    @Test
    void aCaptureFromATicketIsLinkedAndSavedAfterEveryStepAndEveryDocument() {
        Ticket ticket = core.queue().tickets().issue(Lane.COLLECTIVE, ayu);
        core.queue().calls().callNext(Lane.COLLECTIVE, ayu);
        flow.open(ayu, CaptureStart.forTicket(ticket.id(), Lane.COLLECTIVE));
        assertThat(applicant.laneProperty().get()).isEqualTo(Lane.COLLECTIVE);
        assertThat(flow.reachable(CaptureStep.DOCUMENTS)).isFalse();

        fillApplicant();
        flow.next();
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.DOCUMENTS);
        assertThat(stored().lane()).isEqualTo(Lane.COLLECTIVE);
        assertThat(core.queue().tickets().find(ticket.id()).orElseThrow().applicationId())
                .isEqualTo(stored().id());

        documents.markSeen(DocumentType.E_KTP);
        assertThat(stored().documents()).extracting(d -> d.type()).containsExactly(DocumentType.E_KTP);
        assertThat(documents.missingProperty().get()).extracting(Message::key)
                .contains("document.missing", "document.missingCivilRecord");
        flow.next();
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.PHOTO);

        flow.close();
        assertThat(navigator.visits).containsExactly("home");
    }

    @Test
    void problemsStopNextAndNothingIsSaved() {
        flow.open(ayu, CaptureStart.fresh());
        applicant.nikProperty().set("123");
        flow.next();
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.APPLICANT);
        assertThat(flow.problemsProperty().get()).extracting(Message::key)
                .contains("nik.error.length", "workflow.finalise.missing");
        assertThat(flow.draftProperty().get()).isNull();
        assertThat(core.applications().draftsCreatedOn(TestCore.CLOCK.instant().atZone(TestCore.CLOCK.getZone())
                .toLocalDate(), TestCore.CLOCK.getZone())).isEmpty();
    }

    @Test
    void markingPaidRecordsWhenInTheDraftAndWhoInTheAuditLog() {
        flow.open(ayu, CaptureStart.fresh());
        fillApplicant();
        applicant.serviceProperty().set(id.loket.core.application.ServiceLevel.EXPRESS);
        flow.next();
        flow.goTo(CaptureStep.PAYMENT);
        assertThat(payment.quoteProperty().get().total()).isEqualTo(1_950_000L);
        payment.billingCodeProperty().set("12345");
        assertThat(payment.markPaid()).isFalse();
        assertThat(payment.billingProblem().get().key()).isEqualTo("capture.payment.billingShape");

        payment.billingCodeProperty().set("820261123000123");
        assertThat(payment.markPaid()).isTrue();
        assertThat(stored().payment().paid()).isTrue();
        assertThat(stored().payment().amount()).isEqualTo(1_950_000L);
        assertThat(stored().payment().paidAt()).isEqualTo(TestCore.CLOCK.instant());
        AuditEntry entry = core.audit().entries().getLast();
        assertThat(entry.action()).isEqualTo("payment.confirmed");
        assertThat(entry.actor()).isEqualTo("ayu");
        assertThat(entry.subject()).isEqualTo(stored().id().toString());
    }

    @Test
    void reviewShowsCoreRefusalsAndFinaliseIsRefusedWithoutPhotoAndPrints() {
        flow.open(ayu, CaptureStart.fresh());
        fillApplicant();
        flow.next();
        flow.goTo(CaptureStep.REVIEW);
        assertThat(review.refusalsProperty().get()).extracting(Message::key)
                .contains("workflow.finalise.noPhoto", "workflow.finalise.fingerPending");
        review.finalise();
        assertThat(review.errorProperty().get().key()).isEqualTo("workflow.finalise.noPhoto");
        assertThat(review.finalisedProperty().get()).isNull();
        assertThat(stored().state()).isEqualTo(id.loket.core.workflow.ApplicationState.DRAFT);
        assertThat(opened).isEmpty();
    }
}
