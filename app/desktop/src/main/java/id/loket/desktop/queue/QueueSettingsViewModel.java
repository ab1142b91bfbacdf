package id.loket.desktop.queue;

import id.loket.core.application.Lane;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.LaneQuotas;
import id.loket.core.queue.QueueSettings;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.CoreCalls;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The office's queue rules as a supervisor edits them: the daily quota per lane and the weekend
 * hajj/umrah-only rule. An officer sees them read-only; the core refuses a change by anyone but a
 * supervisor or administrator anyway, and audits every change.
 */
public final class QueueSettingsViewModel {

    private final Map<Lane, ObjectProperty<Integer>> quotas = new EnumMap<>(Lane.class);
    private final BooleanProperty weekendHajjUmrahOnly = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();

    private final QueueSettings settings;
    private final CoreCalls calls;
    private Officer officer;
    private boolean storedWeekendRule;

    public QueueSettingsViewModel(QueueSettings settings, TaskRunner tasks) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calls = new CoreCalls(tasks);
        LaneQuotas defaults = LaneQuotas.defaults();
        for (Lane lane : Lane.values()) {
            quotas.put(lane, new SimpleObjectProperty<>(defaults.of(lane)));
        }
    }

    /** Opens the settings for this officer: editable for a supervisor or an administrator only. */
    public void open(Officer signedIn) {
        officer = Objects.requireNonNull(signedIn, "officer");
        editable.set(officer.role() == Role.SUPERVISOR || officer.role() == Role.ADMINISTRATOR);
        calls.clear();
        load();
    }

    /** Reloads the stored settings. */
    public void load() {
        calls.load(() -> new Stored(settings.quotas(), settings.weekendHajjUmrahOnly()), stored -> {
            for (Lane lane : Lane.values()) {
                quotas.get(lane).set(stored.quotas().of(lane));
            }
            storedWeekendRule = stored.weekendRule();
            weekendHajjUmrahOnly.set(stored.weekendRule());
        });
    }

    /** Saves the quotas, and the weekend rule when it changed; both are audited by the core. */
    public void save() {
        Map<Lane, Integer> daily = new EnumMap<>(Lane.class);
        quotas.forEach((lane, value) -> daily.put(lane, value.get()));
        boolean weekend = weekendHajjUmrahOnly.get();
        boolean weekendChanged = weekend != storedWeekendRule;
        calls.act(() -> {
            settings.setQuotas(new LaneQuotas(daily), officer);
            if (weekendChanged) {
                settings.setWeekendHajjUmrahOnly(weekend, officer);
            }
            return weekend;
        }, saved -> {
            storedWeekendRule = saved;
            calls.notice(Message.of("queue.settings.saved"));
        }, this::load);
    }

    /** The quota being edited for a lane. */
    public ObjectProperty<Integer> quota(Lane lane) {
        return quotas.get(lane);
    }

    public BooleanProperty weekendHajjUmrahOnlyProperty() {
        return weekendHajjUmrahOnly;
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

    private record Stored(LaneQuotas quotas, boolean weekendRule) {
    }
}
