package id.loket.desktop.waitingroom;

import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.waitingroom.AnnouncementSchedule;
import id.loket.core.waitingroom.Announcements;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.CoreCalls;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * The waiting-room announcement as a supervisor sets it: the text, the times of day and how long
 * it stays on the display. An officer sees it read-only; core refuses anyone else anyway, checks
 * what was typed and audits every change.
 */
public final class AnnouncementsViewModel {

    /** Minutes an announcement stays up unless the supervisor says otherwise. */
    static final int DEFAULT_MINUTES = 10;

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty times = new SimpleStringProperty("08:00, 11:00, 14:00");
    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>(DEFAULT_MINUTES);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final Announcements announcements;
    private final CoreCalls calls;
    private Officer officer;

    public AnnouncementsViewModel(Announcements announcements, TaskRunner tasks) {
        this.announcements = Objects.requireNonNull(announcements, "announcements");
        this.calls = new CoreCalls(tasks);
    }

    /** Opens the announcement for this officer: editable for a supervisor or an administrator only. */
    public void open(Officer signedIn) {
        officer = Objects.requireNonNull(signedIn, "officer");
        editable.set(officer.role() == Role.SUPERVISOR || officer.role() == Role.ADMINISTRATOR);
        calls.clear();
        load();
    }

    /** Reloads the stored announcement. */
    public void load() {
        calls.load(announcements::schedule, this::show);
    }

    private void show(Optional<AnnouncementSchedule> stored) {
        stored.ifPresent(s -> {
            text.set(s.text());
            times.set(s.timesText());
            minutes.set((int) s.shownFor().toMinutes());
        });
    }

    /** Stores the announcement; core checks it, refuses an officer and audits it. */
    public void save() {
        String t = text.get();
        String at = times.get();
        int shown = minutes.get() == null ? 0 : minutes.get();
        calls.act(() -> announcements.save(t, at, shown, officer),
                saved -> calls.notice(Message.of("announcements.saved", saved.timesText())), this::load);
    }

    /** Stops the scheduled announcement. */
    public void clear() {
        calls.act(() -> {
            announcements.clear(officer);
            return true;
        }, done -> {
            text.set("");
            calls.notice(Message.of("announcements.cleared"));
        }, this::load);
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty timesProperty() {
        return times;
    }

    public ObjectProperty<Integer> minutesProperty() {
        return minutes;
    }

    /** True for a supervisor or an administrator. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ObjectProperty<Message> errorProperty() {
        return calls.errorProperty();
    }

    public ObjectProperty<Message> noticeProperty() {
        return calls.noticeProperty();
    }

    public BooleanProperty busyProperty() {
        return calls.busyProperty();
    }
}
