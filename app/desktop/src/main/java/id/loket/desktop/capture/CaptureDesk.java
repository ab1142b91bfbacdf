package id.loket.desktop.capture;

import id.loket.core.CoreServices;
import id.loket.core.application.DuplicateDecisions;
import id.loket.core.name.search.DuplicateFinder;
import id.loket.core.officer.Officer;
import id.loket.desktop.capture.duplicate.DuplicateLookup;
import id.loket.desktop.capture.duplicate.DuplicateView;
import id.loket.desktop.capture.duplicate.DuplicateViewModel;
import id.loket.desktop.capture.fingerprint.FingerprintStepView;
import id.loket.desktop.capture.fingerprint.FingerprintStepViewModel;
import id.loket.desktop.capture.photo.PhotoStepView;
import id.loket.desktop.capture.photo.PhotoStepViewModel;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Navigator;
import id.loket.desktop.shell.Screen;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Wires the capture flow by hand: one ViewModel and one View per step, the flow around them.
 * Built once per window; {@link #open} runs for every capture started or resumed.
 */
public final class CaptureDesk {

    private final CaptureFlowViewModel flow;
    private final CaptureFlowView view;
    private final PhotoStepViewModel photo;
    private final FingerprintStepViewModel fingerprints;
    private final DuplicateViewModel duplicates;

    public CaptureDesk(CoreServices core, I18n i18n, TaskRunner tasks, Clock clock, Navigator navigator,
                       Path dataDir, CaptureOptions options) {
        BiometricSteps biometrics = new BiometricSteps(core, tasks, options.scanner(), clock);
        photo = biometrics.photo();
        fingerprints = biometrics.fingerprints();
        ApplicantStepViewModel applicant = new ApplicantStepViewModel(options.fees(), options.fingers(), clock,
                core.outage());
        DocumentsStepViewModel documents = new DocumentsStepViewModel(core.blobs(), tasks, clock);
        InterviewStepViewModel interview = new InterviewStepViewModel(clock);
        PaymentStepViewModel payment = new PaymentStepViewModel(options.fees(), core.audit(), tasks, clock);
        ReviewStepViewModel review = new ReviewStepViewModel(core.applicationService(), core.deviceProfiles(),
                new ReceiptFiles(dataDir, options.expected(), clock), options.opener(), tasks, clock,
                i18n::locale, locale -> MessageFormat.format(I18n.bundle(locale).getString("capture.receipt.officeName"),
                core.deviceProfiles().current().map(d -> d.officeCode()).orElse("")), options.afterFinalise());

        Map<CaptureStep, CaptureStepModel> models = new EnumMap<>(CaptureStep.class);
        models.put(CaptureStep.APPLICANT, applicant);
        models.put(CaptureStep.DOCUMENTS, documents);
        models.put(CaptureStep.PHOTO, BiometricStepModels.photo(photo));
        models.put(CaptureStep.FINGERPRINTS, BiometricStepModels.fingerprints(fingerprints));
        models.put(CaptureStep.INTERVIEW, interview);
        models.put(CaptureStep.PAYMENT, payment);
        models.put(CaptureStep.REVIEW, review);
        DuplicateViewModel duplicates = new DuplicateViewModel(
                new DuplicateLookup(new DuplicateFinder(core.store()), core.applications(), core.blobs()),
                new DuplicateDecisions(core.store(), core.applications(), core.audit(), clock), tasks, navigator);
        flow = new CaptureFlowViewModel(core.applications(), core.queue().calls(), tasks, navigator, clock, models,
                duplicates);

        Map<CaptureStep, Screen> views = new EnumMap<>(CaptureStep.class);
        views.put(CaptureStep.APPLICANT, new ApplicantStepView(applicant, i18n));
        views.put(CaptureStep.DOCUMENTS, new DocumentsStepView(documents, i18n, options.files()));
        views.put(CaptureStep.PHOTO, new ScrollingScreen(new PhotoStepView(photo, i18n)));
        views.put(CaptureStep.FINGERPRINTS, new ScrollingScreen(new FingerprintStepView(fingerprints, i18n)));
        views.put(CaptureStep.INTERVIEW, new InterviewStepView(interview, i18n));
        views.put(CaptureStep.PAYMENT, new PaymentStepView(payment, i18n));
        views.put(CaptureStep.REVIEW, new ReviewStepView(review, i18n, options.files()));
        view = new CaptureFlowView(flow, i18n, views, new DuplicateView(duplicates, i18n));
        this.duplicates = duplicates;
    }

    /** Starts or resumes a capture and returns the screen to show. */
    public Screen open(Officer officer, CaptureStart start) {
        flow.open(officer, start);
        return view;
    }

    public CaptureFlowViewModel flow() {
        return flow;
    }

    public CaptureFlowView view() {
        return view;
    }

    /** The hosted photo step (tests feed it a file, as the native file dialog cannot be driven headless). */
    public PhotoStepViewModel photo() {
        return photo;
    }

    /** The duplicate-applicant decision held over the applicant step. */
    public DuplicateViewModel duplicates() {
        return duplicates;
    }

    public FingerprintStepViewModel fingerprints() {
        return fingerprints;
    }
}
