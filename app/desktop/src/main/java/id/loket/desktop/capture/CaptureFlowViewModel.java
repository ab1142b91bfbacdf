package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationRepository;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.queue.QueueCalls;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.WorkflowRefusal;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import id.loket.desktop.shell.Navigator;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The guided capture: which step is shown, the draft being built, and saving it. Every "next"
 * writes the step into the draft and saves it (ApplicationRepository.saveDraft) before moving
 * on, and biometric results are saved the moment they arrive, so a crash loses nothing; an
 * existing draft reopens at its first incomplete step. Any step can be revisited from the rail
 * once the draft exists. A capture started from a called queue ticket is linked to it when the
 * draft is first saved.
 */
public final class CaptureFlowViewModel {

    private final ApplicationRepository applications;
    private final QueueCalls calls;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Clock clock;
    private final Map<CaptureStep, CaptureStepModel> steps = new EnumMap<>(CaptureStep.class);
    private final Map<Observable, InvalidationListener> autosaves = new HashMap<>();
    private final StepGuard applicantGuard;

    private final ReadOnlyObjectWrapper<Application> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CaptureStep> step = new ReadOnlyObjectWrapper<>(CaptureStep.APPLICANT);
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Message>> problems = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Officer> officer = new ReadOnlyObjectWrapper<>();
    private UUID ticketId;
    private boolean loading;

    /**
     * @param steps one model per step (all seven), e.g. from {@link CaptureSteps}
     */
    public CaptureFlowViewModel(ApplicationRepository applications, QueueCalls calls, TaskRunner tasks,
                                Navigator navigator, Clock clock, Map<CaptureStep, CaptureStepModel> steps) {
        this(applications, calls, tasks, navigator, clock, steps, StepGuard.NONE);
    }

    /**
     * @param applicantGuard consulted whenever the saved applicant step is left (and when a draft is
     *                       resumed past it): the duplicate-applicant check
     */
    public CaptureFlowViewModel(ApplicationRepository applications, QueueCalls calls, TaskRunner tasks,
                                Navigator navigator, Clock clock, Map<CaptureStep, CaptureStepModel> steps,
                                StepGuard applicantGuard) {
        this.applicantGuard = Objects.requireNonNull(applicantGuard, "applicantGuard");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (CaptureStep s : CaptureStep.values()) {
            this.steps.put(s, Objects.requireNonNull(steps.get(s), "no model for step " + s));
        }
        if (this.steps.get(CaptureStep.REVIEW) instanceof ReviewStepViewModel review) {
            review.finalisedProperty().addListener((o, before, done) -> {
                if (done != null) {
                    draft.set(done);
                }
            });
        }
    }

    /** Opens a new capture or resumes a stored draft. */
    public void open(Officer signedIn, CaptureStart start) {
        officer.set(Objects.requireNonNull(signedIn, "officer"));
        error.set(null);
        problems.set(List.of());
        ticketId = start.ticketId();
        applicantGuard.reset();
        detachAutosave();
        if (start.applicationId() == null) {
            show(null, CaptureStep.APPLICANT);
            if (start.lane() != null && steps.get(CaptureStep.APPLICANT) instanceof ApplicantStepViewModel a) {
                a.laneProperty().set(start.lane());
            }
            return;
        }
        busy.set(true);
        tasks.run(() -> applications.find(start.applicationId()).orElseThrow(
                        () -> new WorkflowRefusal(
                                List.of(Message.of("application.unknown", start.applicationId())))),
                found -> {
                    busy.set(false);
                    CaptureStep resumeAt = CaptureStep.firstIncomplete(found, today());
                    if (found.state() == ApplicationState.DRAFT && resumeAt != CaptureStep.APPLICANT) {
                        // a draft left while a look-alike was undecided is not resumed past the applicant
                        show(found, CaptureStep.APPLICANT);
                        applicantGuard.afterSave(found, signedIn, () -> step.set(resumeAt));
                    } else {
                        show(found, resumeAt);
                    }
                },
                failure -> {
                    busy.set(false);
                    error.set(Failures.message(failure));
                });
    }

    private void show(Application app, CaptureStep at) {
        loading = true;
        try {
            draft.set(app);
            for (CaptureStepModel model : steps.values()) {
                model.load(app, officer.get());
            }
        } finally {
            loading = false;
        }
        attachAutosave();
        step.set(at);
    }

    /**
     * Shows another step; before the draft exists only the applicant step can be shown. What the
     * current step holds is saved first when it has no problems, so jumping around loses nothing.
     */
    public void goTo(CaptureStep target) {
        if (!reachable(target) || target == step.get()) {
            return;
        }
        problems.set(List.of());
        error.set(null);
        Application current = draft.get();
        CaptureStepModel model = steps.get(step.get());
        if (current.state() == ApplicationState.DRAFT && model.problems().isEmpty()) {
            save(model.applyTo(current), target);
        } else {
            step.set(target);
        }
    }

    /** True when the rail may jump to this step. */
    public boolean reachable(CaptureStep target) {
        if (applicantGuard.holdingProperty().get()) {
            return false;
        }
        return target == CaptureStep.APPLICANT || draft.get() != null;
    }

    /** Saves the current step into the draft and, when saved, moves to the next step. */
    public void next() {
        if (applicantGuard.holdingProperty().get()) {
            return;
        }
        CaptureStep current = step.get();
        CaptureStepModel model = steps.get(current);
        List<Message> blocking = model.problems();
        problems.set(blocking);
        if (!blocking.isEmpty()) {
            return;
        }
        save(model.applyTo(draft.get()), current.next());
    }

    /** Leaves the capture (the draft is already saved) for the home screen. */
    public void close() {
        detachAutosave();
        navigator.showHome(officer.get());
    }

    /** Saves {@code changed} as the draft; on success shows {@code then} (or stays when null). */
    void save(Application changed, CaptureStep then) {
        Application stamped = changed.withUpdatedAt(clock.instant());
        boolean first = draft.get() == null;
        boolean leavingApplicant = step.get() == CaptureStep.APPLICANT && then != null
                && then != CaptureStep.APPLICANT;
        UUID ticket = ticketId;
        Officer who = officer.get();
        busy.set(true);
        tasks.run(() -> {
                    applications.saveDraft(stamped);
                    if (first && ticket != null) {
                        calls.linkApplication(ticket, stamped.id(), who);
                    }
                    return stamped;
                },
                saved -> {
                    busy.set(false);
                    error.set(null);
                    draft.set(saved);
                    CaptureStepModel editing = then == null ? steps.get(step.get()) : null;
                    detachAutosave();
                    loading = true;
                    try {
                        for (CaptureStepModel model : steps.values()) {
                            if (model != editing) {
                                model.load(saved, who);
                            }
                        }
                    } finally {
                        loading = false;
                    }
                    attachAutosave();
                    if (leavingApplicant) {
                        applicantGuard.afterSave(saved, who, () -> step.set(then));
                    } else if (then != null) {
                        step.set(then);
                    }
                },
                failure -> {
                    busy.set(false);
                    error.set(Failures.message(failure));
                });
    }

    /** Replaces the shown draft after a change made elsewhere (finalising). */
    void replaced(Application app) {
        draft.set(app);
    }

    private void attachAutosave() {
        for (Map.Entry<CaptureStep, CaptureStepModel> e : steps.entrySet()) {
            Observable source = e.getValue().autosave();
            if (source == null) {
                continue;
            }
            CaptureStepModel model = e.getValue();
            InvalidationListener listener = o -> {
                if (!loading && draft.get() != null && draft.get().state() == ApplicationState.DRAFT) {
                    save(model.applyTo(draft.get()), null);
                }
            };
            source.addListener(listener);
            autosaves.put(source, listener);
        }
    }

    private void detachAutosave() {
        autosaves.forEach(Observable::removeListener);
        autosaves.clear();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The queue ticket this capture serves, or null. */
    public UUID ticketId() {
        return ticketId;
    }

    /** The model of one step. */
    public CaptureStepModel model(CaptureStep s) {
        return steps.get(s);
    }

    /** True when the step's data is in the stored draft. */
    public boolean complete(CaptureStep s) {
        return s.complete(draft.get(), today());
    }

    public ReadOnlyObjectProperty<Application> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaptureStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Officer> officerProperty() {
        return officer.getReadOnlyProperty();
    }

    /** A failure of the last load or save. */
    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    /** What stopped the last "next"; empty when nothing did. */
    public ObjectProperty<List<Message>> problemsProperty() {
        return problems;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while the applicant guard holds the flow (the officer must decide about a look-alike). */
    public ReadOnlyBooleanProperty holdingProperty() {
        return applicantGuard.holdingProperty();
    }
}
