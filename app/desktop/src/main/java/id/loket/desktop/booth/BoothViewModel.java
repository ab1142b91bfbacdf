package id.loket.desktop.booth;

import id.loket.core.biometric.FingerSet;
import id.loket.core.booth.BoothEvent;
import id.loket.core.booth.BoothModule;
import id.loket.core.booth.BoothProgress;
import id.loket.core.booth.ListImportReport;
import id.loket.core.booth.ListRow;
import id.loket.core.booth.ListedApplicant;
import id.loket.core.i18n.Message;
import id.loket.core.officer.LoginResult;
import id.loket.core.officer.Officer;
import id.loket.core.officer.OfficerService;
import id.loket.desktop.capture.CaptureStart;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.CoreCalls;
import id.loket.desktop.shell.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The booth screen (jemput bola / Eazy Paspor): the events on this laptop, a form for a new one,
 * the selected event's list with its progress against the quota, the organiser's CSV import,
 * starting a capture for a listed person, and a supervisor raising the quota with their own
 * password and a reason. Everything runs on the store alone; nothing waits for the centre.
 */
public final class BoothViewModel {

    private final ObservableList<BoothEvent> events = FXCollections.observableArrayList();
    private final ObservableList<ListedApplicant> applicants = FXCollections.observableArrayList();
    private final ObservableList<ListRow> report = FXCollections.observableArrayList();
    private final ObjectProperty<BoothEvent> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<BoothProgress> progress = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty quota = new SimpleStringProperty("");

    private final BoothModule booth;
    private final OfficerService officers;
    private final FingerSet fingers;
    private final Navigator navigator;
    private final CoreCalls calls;
    private Officer officer;

    public BoothViewModel(BoothModule booth, OfficerService officers, FingerSet fingers, TaskRunner tasks,
                          Navigator navigator) {
        this.booth = Objects.requireNonNull(booth, "booth");
        this.officers = Objects.requireNonNull(officers, "officers");
        this.fingers = Objects.requireNonNull(fingers, "fingers");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.calls = new CoreCalls(tasks);
        selected.addListener((obs, before, now) -> refresh());
    }

    /** Opens the screen for the signed-in officer: loads the events and keeps the selected one. */
    public void open(Officer signedIn) {
        officer = Objects.requireNonNull(signedIn, "officer");
        calls.clear();
        report.clear();
        loadEvents(null);
    }

    private void loadEvents(BoothEvent select) {
        calls.load(booth.events()::events, list -> {
            BoothEvent keep = select != null ? select : selected.get();
            events.setAll(list);
            selected.set(list.stream().filter(e -> keep != null && e.id().equals(keep.id())).findFirst()
                    .orElse(list.isEmpty() ? null : list.getFirst()));
            refresh();
        });
    }

    /** Reloads the selected event's list and progress. */
    public void refresh() {
        BoothEvent event = selected.get();
        if (event == null) {
            applicants.clear();
            progress.set(null);
            return;
        }
        calls.load(() -> new Loaded(booth.list().list(event.id()), booth.list().progress(event.id())), loaded -> {
            if (selected.get() != null && selected.get().id().equals(event.id())) {
                applicants.setAll(loaded.list());
                progress.set(loaded.progress());
            }
        });
    }

    private record Loaded(List<ListedApplicant> list, BoothProgress progress) {
    }

    /** Creates the event typed into the form and selects it. */
    public void createEvent() {
        int parsed = parseQuota(quota.get());
        calls.act(() -> booth.events().create(name.get(), place.get(), start.get(), end.get(), parsed, officer),
                event -> {
                    name.set("");
                    place.set("");
                    quota.set("");
                    calls.notice(Message.of("booth.notice.created", event.name()));
                    loadEvents(event);
                }, () -> { });
    }

    /** Imports the organiser's list into the selected event and shows the report row by row. */
    public void importCsv(Path file) {
        BoothEvent event = selected.get();
        if (event == null) {
            return;
        }
        calls.act(() -> booth.list().importCsv(event.id(), file, officer), (ListImportReport result) -> {
            report.setAll(result.rows());
            if (!result.fileErrors().isEmpty()) {
                calls.error(result.fileErrors().getFirst());
            } else {
                calls.notice(Message.of("booth.notice.imported", result.imported(), result.alreadyPresent(),
                        result.rejected()));
            }
        }, this::refresh);
    }

    /** Starts (or resumes) the capture of a listed person and opens the capture flow on the draft. */
    public void startCapture(ListedApplicant person) {
        BoothEvent event = selected.get();
        if (event == null || person == null) {
            return;
        }
        calls.act(() -> booth.list().startCapture(event.id(), person.id(), fingers, officer),
                draft -> navigator.showCapture(officer, CaptureStart.resume(draft.id())), this::refresh);
    }

    /**
     * A supervisor raises the selected event's quota: their username and password are checked (a
     * wrong password counts towards their lockout), then the core checks the role and the reason.
     * The password is wiped before this returns to the UI.
     */
    public void raiseQuota(String username, char[] password, String newQuota, String reason) {
        BoothEvent event = selected.get();
        if (event == null) {
            Arrays.fill(password, '\0');
            return;
        }
        int parsed = parseQuota(newQuota);
        calls.act(() -> {
            LoginResult login;
            try {
                login = officers.login(username, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return switch (login) {
                case LoginResult.Failed failed -> Message.of("fingerprint.supervisor.failed", failed.attemptsLeft());
                case LoginResult.LockedOut locked -> Message.of("login.error.locked", locked.until());
                case LoginResult.Success success -> {
                    BoothEvent raised = booth.events().raiseQuota(event.id(), parsed, reason, success.officer());
                    yield Message.of("booth.notice.quotaRaised", raised.name(), raised.quota(),
                            success.officer().fullName());
                }
            };
        }, outcome -> {
            if (outcome.key().equals("booth.notice.quotaRaised")) {
                calls.notice(outcome);
            } else {
                calls.error(outcome);
            }
        }, () -> loadEvents(null));
    }

    private static int parseQuota(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Back to the home screen. */
    public void home() {
        navigator.showHome(officer);
    }

    public ObservableList<BoothEvent> events() {
        return events;
    }

    public ObservableList<ListedApplicant> applicants() {
        return applicants;
    }

    public ObservableList<ListRow> report() {
        return report;
    }

    public ObjectProperty<BoothEvent> selectedProperty() {
        return selected;
    }

    public ObjectProperty<BoothProgress> progressProperty() {
        return progress;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public StringProperty quotaProperty() {
        return quota;
    }

    public CoreCalls calls() {
        return calls;
    }
}
