package id.loket.desktop.search;

import id.loket.core.i18n.Message;
import id.loket.core.name.search.ApplicationHit;
import id.loket.core.name.search.ApplicationSearch;
import id.loket.core.officer.Officer;
import id.loket.desktop.capture.CaptureStart;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.CoreCalls;
import id.loket.desktop.shell.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The search screen: find applications on this device by name (spelling variants allowed), NIK,
 * receipt number or M-Paspor booking code, and open one (a draft resumes its capture; any other
 * shows where it stands). The search runs off the UI thread; the list shows the last answer.
 */
public final class SearchViewModel {

    /** Names shown at most for one name search. */
    static final int NAME_LIMIT = 50;

    private final ApplicationSearch search;
    private final Navigator navigator;
    private final CoreCalls calls;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<SearchKind> kind = new SimpleObjectProperty<>(SearchKind.AUTO);
    private final ObservableList<ApplicationHit> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Message> summary = new ReadOnlyObjectWrapper<>();
    private Officer officer;

    public SearchViewModel(ApplicationSearch search, TaskRunner tasks, Navigator navigator) {
        this.search = Objects.requireNonNull(search, "search");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.calls = new CoreCalls(tasks);
    }

    /** Shows the screen for this officer (the last search stays, as an officer often comes back to it). */
    public void open(Officer signedIn) {
        officer = signedIn;
        calls.clear();
    }

    /** Searches for what is typed, as the chosen (or recognised) kind. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            results.clear();
            summary.set(Message.of("search.typeSomething"));
            return;
        }
        SearchKind as = kind.get().resolve(text);
        calls.act(() -> run(as, text), hits -> {
            results.setAll(hits);
            summary.set(Message.of(hits.isEmpty() ? "search.none" : "search.found", hits.size(), as, text));
        }, () -> { });
    }

    private List<ApplicationHit> run(SearchKind as, String text) {
        return switch (as) {
            case NIK -> search.byNik(text);
            case RECEIPT -> search.byReceipt(text).map(List::of).orElse(List.of());
            case BOOKING_CODE -> search.byBookingCode(text);
            case NAME, AUTO -> search.byName(text, NAME_LIMIT);
        };
    }

    /** Opens an application found: its capture flow (resumed if a draft). */
    public void open(ApplicationHit hit) {
        if (hit != null && officer != null) {
            navigator.showCapture(officer, CaptureStart.resume(hit.id()));
        }
    }

    /** Back to the home screen. */
    public void home() {
        if (officer != null) {
            navigator.showHome(officer);
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SearchKind> kindProperty() {
        return kind;
    }

    /** The applications found by the last search, best first. */
    public ObservableList<ApplicationHit> results() {
        return results;
    }

    /** What the last search found ("3 found by name"), or why there is nothing. */
    public ReadOnlyObjectProperty<Message> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Busy and failures. */
    public CoreCalls calls() {
        return calls;
    }
}
