package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationRepository;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import id.loket.desktop.shell.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The home screen's entry into capture: start a new application, or resume one of today's
 * unfinished drafts (most recently changed first), e.g. after a crash or a lunch break.
 */
public final class DraftsViewModel {

    private final ObservableList<Application> drafts = FXCollections.observableArrayList();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final ApplicationRepository applications;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Clock clock;
    private Officer officer;

    public DraftsViewModel(ApplicationRepository applications, TaskRunner tasks, Navigator navigator, Clock clock) {
        this.applications = applications;
        this.tasks = tasks;
        this.navigator = navigator;
        this.clock = clock;
    }

    /** Loads today's drafts for the signed-in officer's counter. */
    public void refresh(Officer signedIn) {
        this.officer = signedIn;
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> applications.draftsCreatedOn(today, clock.getZone()),
                list -> {
                    drafts.setAll(list);
                    error.set(null);
                },
                failure -> error.set(Failures.message(failure)));
    }

    /** Opens the capture flow for a new application. */
    public void newApplication() {
        if (officer != null) {
            navigator.showCapture(officer, CaptureStart.fresh());
        }
    }

    /** Opens the capture flow at the draft's first incomplete step. */
    public void resume(Application draft) {
        if (officer != null) {
            navigator.showCapture(officer, CaptureStart.resume(draft.id()));
        }
    }

    public ObservableList<Application> drafts() {
        return drafts;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }
}
