package id.loket.desktop.home;

import id.loket.core.application.ApplicationRepository;
import id.loket.core.device.DeviceProfile;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.workflow.ApplicationState;
import id.loket.desktop.capture.DraftsViewModel;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import id.loket.desktop.shell.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signed-in officer's starting point: who is signed in, which office and counter this is,
 * and today's applications per state (every state listed, zeros included, so the picture
 * never jumps).
 */
public final class HomeViewModel {

    private final ReadOnlyObjectWrapper<Officer> officer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DeviceProfile> device = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StateCount> today = FXCollections.observableArrayList();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();

    private final ApplicationRepository applications;
    private final Supplier<Optional<DeviceProfile>> profile;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Clock clock;
    private final DraftsViewModel drafts;

    /**
     * @param profile reads the device profile (blocking; called through the task runner)
     */
    public HomeViewModel(ApplicationRepository applications, Supplier<Optional<DeviceProfile>> profile,
                         TaskRunner tasks, Navigator navigator, Clock clock) {
        this.applications = applications;
        this.profile = profile;
        this.tasks = tasks;
        this.navigator = navigator;
        this.clock = clock;
        this.drafts = new DraftsViewModel(applications, tasks, navigator, clock);
        fill(Map.of());
    }

    /** Shows this officer and loads the device profile and today's counts. */
    public void open(Officer signedIn) {
        officer.set(signedIn);
        refresh();
    }

    /** Reloads today's counts, unfinished drafts and the device profile off the UI thread. */
    public void refresh() {
        drafts.refresh(officer.get());
        LocalDate date = LocalDate.now(clock);
        tasks.run(() -> new Loaded(profile.get(), applications.countByStateCreatedOn(date, clock.getZone())),
                loaded -> {
                    device.set(loaded.profile().orElse(null));
                    fill(loaded.counts());
                    error.set(null);
                },
                failure -> error.set(Failures.message(failure)));
    }

    /** New application and today's unfinished drafts (capture). */
    public DraftsViewModel drafts() {
        return drafts;
    }

    /** Opens the queue desk for the signed-in officer. */
    public void openQueue() {
        if (officer.get() != null) {
            navigator.showQueue(officer.get());
        }
    }

    /** Opens booth mode for the signed-in officer. */
    public void openBooth() {
        if (officer.get() != null) {
            navigator.showBooth(officer.get());
        }
    }

    /** Opens the call list for the signed-in officer. */
    public void openCallList() {
        if (officer.get() != null) {
            navigator.showCallList(officer.get());
        }
    }

    /** Opens the search for the signed-in officer. */
    public void openSearch() {
        if (officer.get() != null) {
            navigator.showSearch(officer.get());
        }
    }

    /** Ends the session and returns to login. */
    public void logout() {
        officer.set(null);
        navigator.showLogin();
    }

    private void fill(Map<ApplicationState, Long> counts) {
        Map<ApplicationState, Long> all = new EnumMap<>(ApplicationState.class);
        for (ApplicationState state : ApplicationState.values()) {
            all.put(state, counts.getOrDefault(state, 0L));
        }
        today.setAll(all.entrySet().stream().map(e -> new StateCount(e.getKey(), e.getValue())).toList());
    }

    public ReadOnlyObjectProperty<Officer> officerProperty() {
        return officer.getReadOnlyProperty();
    }

    /** The device profile, or null before it is loaded. */
    public ReadOnlyObjectProperty<DeviceProfile> deviceProperty() {
        return device.getReadOnlyProperty();
    }

    /** Today's applications per state, one row per state. */
    public ObservableList<StateCount> today() {
        return today;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    /**
     * How many of today's applications are in one state.
     *
     * @param state the state
     * @param count how many (0 when none)
     */
    public record StateCount(ApplicationState state, long count) {
    }

    private record Loaded(Optional<DeviceProfile> profile, Map<ApplicationState, Long> counts) {
    }
}
