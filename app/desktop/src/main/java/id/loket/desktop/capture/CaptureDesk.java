package id.loket.desktop.capture;

import id.loket.core.CoreServices;
import id.loket.core.duplicate.DuplicateDecisions;
import id.loket.core.name.search.DuplicateFinder;
import id.loket.core.officer.Officer;
import id.loket.core.photo.PhotoPolicy;
import id.loket.core.provision.OfficeSettings;
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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaptureDesk.class);

    private final CaptureFlowViewModel flow;
    private final CaptureFlowView view;
    private final PhotoStepViewModel photo;
    private final FingerprintStepViewModel fingerprints;
    private final DuplicateViewModel duplicates;
    private final ApplicantStepViewModel applicant;

    /**
     * Builds the desk with the finger set and quality threshold this device was provisioned with,
     * read off the FX thread; {@code then} receives it on the FX thread.
     */
    public static void build(CoreServices core, I18n i18n, TaskRunner tasks, Clock clock, Navigator navigator,
                             Path dataDir, CaptureOptions options, java.util.function.Consumer<CaptureDesk> then) {
        tasks.run(() -> core.provisioning().settings().capture(),
                settings -> then.accept(new CaptureDesk(core, i18n, tasks, clock, navigator, dataDir,
                        options.withCapture(settings))),
                failure -> LOG.error("cannot read the capture settings", failure));
    }

    public CaptureDesk(CoreServices core, I18n i18n, TaskRunner tasks, Clock clock, Navigator navigator,
                       Path dataDir, CaptureOptions options) {
        BiometricSteps biometrics = new BiometricSteps(core, tasks, options.scanner(), clock,
                options.fingerprintPolicy(), PhotoPolicy.DEFAULT);
        photo = biometrics.photo();
        fingerprints = biometrics.fingerprints();
        applicant = new ApplicantStepViewModel(options.fees(), options.fingers(), clock, core.outage());
        DocumentsStepViewModel documents = new DocumentsStepViewModel(core.blobs(), tasks, clock);
        InterviewStepViewModel interview = new InterviewStepViewModel(clock);
        PaymentStepViewModel payment = new PaymentStepViewModel(options.fees(), core.audit(), tasks, clock);
        ReviewStepViewModel review = new ReviewStepViewModel(core.applicationService(), core.deviceProfiles(),
                new ReceiptFiles(dataDir, options.expected(), clock), options.opener(), tasks, clock,
                i18n::locale, locale -> officeName(core, locale), options.afterFinalise());

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
                new DuplicateDecisions(core.store(), core.applications(), core.queue().calls(), core.audit(),
                        clock), tasks, navigator);
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

    /** The provisioned office name for the receipt; "Kantor Imigrasi <code>" on a device set up before provisioning. */
    private static String officeName(CoreServices core, java.util.Locale locale) {
        return core.provisioning().settings().current().map(OfficeSettings::officeName)
                .orElseGet(() -> MessageFormat.format(I18n.bundle(locale).getString("capture.receipt.officeName"),
                        core.deviceProfiles().current().map(d -> d.officeCode()).orElse("")));
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

    /** The applicant step: a new application's draft requires the provisioned finger set. */
    public ApplicantStepViewModel applicant() {
        return applicant;
    }

    public FingerprintStepViewModel fingerprints() {
        return fingerprints;
    }
}
