package id.loket.desktop.capture.duplicate;

import id.loket.core.application.Application;
import id.loket.core.duplicate.DuplicateDecisions;
import id.loket.core.officer.Officer;
import id.loket.desktop.capture.CaptureStart;
import id.loket.desktop.capture.StepGuard;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.CoreCalls;
import id.loket.desktop.shell.Failures;
import id.loket.desktop.shell.Navigator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The duplicate-applicant decision in the capture flow. When the saved applicant step is left, the
 * store is searched (off the UI thread) for applications that may be the same person; if there are
 * any, the flow is held and the officer sees them beside the applicant and decides for each:
 * <ul>
 *   <li>different person: stored and audited; once every candidate is judged different, the flow
 *       moves on. The pair is settled: neither this capture nor the candidate's own is asked about
 *       it again, after a restart too;</li>
 *   <li>same person: audited; the new capture cannot go on. The officer cancels it with a reason
 *       and either opens the existing application (to continue it, or to tell the applicant where it
 *       stands) or returns home; or reconsiders the decision (audited again when decided).</li>
 * </ul>
 */
public final class DuplicateViewModel implements StepGuard {

    /** A decision about one candidate. */
    public enum Verdict { SAME_PERSON, DIFFERENT_PERSON }

    private final DuplicateLookup lookup;
    private final DuplicateDecisions decisions;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final CoreCalls calls;
    private final ReadOnlyBooleanWrapper holding = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DuplicateCase> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DuplicateCase.Candidate> samePerson = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<UUID, Verdict> verdicts = FXCollections.observableHashMap();
    private final StringProperty reason = new SimpleStringProperty("");
    private Application draft;
    private Officer officer;
    private Runnable proceed;

    public DuplicateViewModel(DuplicateLookup lookup, DuplicateDecisions decisions, TaskRunner tasks,
                              Navigator navigator) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.calls = new CoreCalls(tasks);
    }

    @Override
    public void afterSave(Application saved, Officer signedIn, Runnable then) {
        draft = saved;
        officer = signedIn;
        proceed = then;
        holding.set(true);
        check();
    }

    /** Looks again after the lookup failed. */
    public void check() {
        calls.clear();
        checking.set(true);
        Application current = draft;
        tasks.run(() -> lookup.find(current, decisions.judgedDifferent(current.id())), found -> {
            checking.set(false);
            if (found.isEmpty()) {
                release();
            } else {
                verdicts.clear();
                samePerson.set(null);
                reason.set("");
                shown.set(found.get());
            }
        }, failure -> {
            checking.set(false);
            calls.error(Failures.message(failure));
        });
    }

    /** The officer's decision about one candidate, audited before it counts. */
    public void decide(DuplicateCase.Candidate candidate, Verdict verdict) {
        UUID draftId = draft.id();
        UUID other = candidate.summary().id();
        Map<String, String> facts = Map.of("score", String.format(Locale.ROOT, "%.3f", candidate.score()),
                "reasons", candidate.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                "candidateNumber", candidate.summary().number(),
                "candidateState", candidate.summary().state().name());
        calls.act(() -> decisions.record(draftId, other, verdict == Verdict.SAME_PERSON, officer, facts), entry -> {
            verdicts.put(other, verdict);
            if (verdict == Verdict.SAME_PERSON) {
                samePerson.set(candidate);
            } else if (allJudgedDifferent()) {
                release();
            }
        }, () -> { });
    }

    /** Takes back "same person": the officer decides about that candidate again. */
    public void reconsider() {
        DuplicateCase.Candidate same = samePerson.get();
        if (same != null) {
            verdicts.remove(same.summary().id());
            samePerson.set(null);
            calls.clear();
        }
    }

    /** Cancels this capture (with the reason) and opens the application it duplicates. */
    public void cancelAndOpenExisting() {
        cancel(true);
    }

    /** Cancels this capture (with the reason) and goes back home. */
    public void cancelAndGoHome() {
        cancel(false);
    }

    private void cancel(boolean openExisting) {
        DuplicateCase.Candidate same = samePerson.get();
        if (same == null) {
            return;
        }
        UUID existing = same.summary().id();
        Officer who = officer;
        calls.act(() -> decisions.cancelDuplicate(draft.id(), existing, reason.get(), who), cancelled -> {
            reset();
            if (openExisting) {
                navigator.showCapture(who, CaptureStart.resume(existing));
            } else {
                navigator.showHome(who);
            }
        }, () -> { });
    }

    private boolean allJudgedDifferent() {
        DuplicateCase c = shown.get();
        return c != null && c.candidates().stream()
                .allMatch(x -> verdicts.get(x.summary().id()) == Verdict.DIFFERENT_PERSON);
    }

    private void release() {
        Runnable then = proceed;
        reset();
        if (then != null) {
            then.run();
        }
    }

    @Override
    public void reset() {
        shown.set(null);
        samePerson.set(null);
        verdicts.clear();
        reason.set("");
        calls.clear();
        checking.set(false);
        proceed = null;
        holding.set(false);
    }

    @Override
    public ReadOnlyBooleanProperty holdingProperty() {
        return holding.getReadOnlyProperty();
    }

    /** True while the store is searched. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The applicant and the look-alikes to decide about, or null. */
    public ReadOnlyObjectProperty<DuplicateCase> caseProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The candidate the officer judged the same person, or null. */
    public ReadOnlyObjectProperty<DuplicateCase.Candidate> samePersonProperty() {
        return samePerson.getReadOnlyProperty();
    }

    /** The decisions taken so far, by candidate id. */
    public ObservableMap<UUID, Verdict> verdicts() {
        return verdicts;
    }

    /** Why this capture is cancelled (required). */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** Busy, refusals and failures of the decisions. */
    public CoreCalls calls() {
        return calls;
    }
}
