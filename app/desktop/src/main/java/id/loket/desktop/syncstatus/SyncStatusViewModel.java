package id.loket.desktop.syncstatus;

import id.loket.core.i18n.Message;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.concurrent.UiExecutor;
import id.loket.desktop.shell.Failures;
import id.loket.sync.agent.Connectivity;
import id.loket.sync.agent.SyncStatus;
import id.loket.sync.agent.ledger.QuarantinedRecord;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;

/**
 * The status bar's sync corner: the agent's snapshots arrive on its thread and are handed to the
 * UI thread through the {@link UiExecutor}; nothing here blocks the FX thread.
 */
public final class SyncStatusViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SyncStatusViewModel.class);

    private final SyncMonitor monitor;
    private final UiExecutor ui;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<Message> summary = new SimpleObjectProperty<>(Message.of("sync.bar.starting"));
    private final ObjectProperty<Connectivity> connectivity = new SimpleObjectProperty<>(Connectivity.OFFLINE);
    private final LongProperty quarantinedCount = new SimpleLongProperty();
    private final BooleanProperty refused = new SimpleBooleanProperty();
    private final ObservableList<QuarantinedRecord> quarantined = FXCollections.observableArrayList();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private AutoCloseable subscription;
    /** The agent published a snapshot since {@link #activate()} (UI thread only). */
    private boolean published;

    public SyncStatusViewModel(SyncMonitor monitor, UiExecutor ui, TaskRunner tasks, Clock clock) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts following the agent. The first snapshot is read off the UI thread ({@link
     * SyncMonitor#current()} queries the ledger: counts and sizes over the whole outbox, slow with a
     * backlog) and shown unless the agent has published a newer one meanwhile.
     */
    public void activate() {
        if (subscription == null) {
            published = false;
            subscription = monitor.subscribe(status -> ui.execute(() -> {
                published = true;
                show(status);
            }));
            tasks.run(monitor::current, first -> {
                if (subscription != null && !published) {
                    show(first);
                }
            }, failure -> LOG.warn("the sync status could not be read", failure));
        }
    }

    /** Stops following the agent (the window closes). */
    public void deactivate() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("sync listener already gone", e);
            }
            subscription = null;
        }
    }

    private void show(SyncStatus status) {
        summary.set(SyncSummary.of(status, clock.instant(), clock.getZone()));
        connectivity.set(status.connectivity());
        quarantinedCount.set(status.quarantined());
        refused.set(SyncSummary.refused(status));
    }

    /** Reads the quarantined records with their reasons (off the FX thread). */
    public void loadQuarantined() {
        error.set(null);
        tasks.run(monitor::quarantined, quarantined::setAll, failure -> error.set(Failures.message(failure)));
    }

    public ReadOnlyObjectProperty<Message> summaryProperty() {
        return summary;
    }

    public ReadOnlyObjectProperty<Connectivity> connectivityProperty() {
        return connectivity;
    }

    /** True while the centre refuses this device (revoked): the officer must call an administrator. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }

    public ReadOnlyLongProperty quarantinedCountProperty() {
        return quarantinedCount;
    }

    public ObservableList<QuarantinedRecord> quarantined() {
        return quarantined;
    }

    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error;
    }
}
