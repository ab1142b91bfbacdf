package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.application.Interview;
import id.loket.core.application.Purpose;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;

/**
 * The interview (wawancara): the purpose of travel, preselected from the applicant step and
 * corrected here if the conversation shows otherwise, and the officer's notes. Saving records
 * who interviewed and when.
 */
public final class InterviewStepViewModel implements CaptureStepModel {

    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final Clock clock;
    private Officer officer;

    public InterviewStepViewModel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void load(Application draft, Officer signedIn) {
        this.officer = signedIn;
        purpose.set(draft == null ? null : draft.purpose());
        notes.set(draft == null || draft.interview() == null || draft.interview().notes() == null ? ""
                : draft.interview().notes());
    }

    @Override
    public List<Message> problems() {
        return purpose.get() == null
                ? List.of(Message.of("workflow.finalise.missing", Message.of("field.purpose")))
                : List.of();
    }

    @Override
    public Application applyTo(Application draft) {
        return draft.withPurpose(purpose.get())
                .withInterview(new Interview(officer.username(), clock.instant(), notes.get().strip()));
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
