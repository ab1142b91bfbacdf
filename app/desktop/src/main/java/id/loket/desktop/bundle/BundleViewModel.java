package id.loket.desktop.bundle;

import id.loket.core.bundle.BundleModule;
import id.loket.core.bundle.ExportResult;
import id.loket.core.bundle.ReceiptResult;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import id.loket.desktop.sync.ByteSize;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * USB export for an officer: what waits for the centre, writing a bundle to a folder (the stick),
 * applying the centre's receipt, and the export prompt when the oldest unsent record is older than
 * the configured age. Every store call runs through the {@link TaskRunner}.
 */
public final class BundleViewModel {

    private final BundleModule bundles;
    private final TaskRunner tasks;
    private final Supplier<Optional<Officer>> officer;
    private final ObjectProperty<Message> prompt = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> waiting = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> result = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty all = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public BundleViewModel(BundleModule bundles, TaskRunner tasks, Supplier<Optional<Officer>> officer) {
        this.bundles = Objects.requireNonNull(bundles, "bundles");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.officer = Objects.requireNonNull(officer, "officer");
    }

    /** Looks whether an export is due (the oldest unsent record is past the configured age). */
    public void checkPrompt() {
        tasks.run(() -> bundles.prompt().overdue(),
                age -> prompt.set(age.map(a -> Message.of("bundle.prompt", a.toHours())).orElse(null)),
                failure -> prompt.set(null));
    }

    /** Counts what waits: all unacknowledged records, and those on no bundle yet. */
    public void refresh() {
        tasks.run(() -> new long[] {bundles.exporter().waiting(true), bundles.exporter().waiting(false)},
                n -> waiting.set(Message.of("bundle.waiting", n[0], n[1])),
                failure -> error.set(Failures.message(failure)));
    }

    /** Writes a bundle into the chosen folder. */
    public void export() {
        Optional<Officer> who = officer.get();
        if (who.isEmpty() || folder.get().isBlank() || busy.get()) {
            return;
        }
        start();
        Path to = Path.of(folder.get().strip());
        boolean everything = all.get();
        tasks.run(() -> bundles.exporter().export(to, everything, who.get().username()), this::exported, this::failed);
    }

    /** Applies the centre's receipt in {@code file}. */
    public void applyReceipt(Path file) {
        Optional<Officer> who = officer.get();
        if (who.isEmpty() || busy.get()) {
            return;
        }
        start();
        tasks.run(() -> bundles.receipts().apply(file, who.get().username()), this::applied, this::failed);
    }

    private void start() {
        busy.set(true);
        error.set(null);
        result.set(null);
    }

    private void exported(ExportResult r) {
        busy.set(false);
        result.set(Message.of("bundle.exported", r.records(), r.blobs(), ByteSize.format(r.bytes(), Locale.ROOT),
                r.file().toString()));
        refresh();
        checkPrompt();
    }

    private void applied(ReceiptResult r) {
        busy.set(false);
        result.set(Message.of("bundle.receiptApplied", r.acknowledged(), r.quarantined()));
        refresh();
        checkPrompt();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(Failures.message(failure));
    }

    /** True when an officer is signed in (exports name who made them). */
    public boolean signedIn() {
        return officer.get().isPresent();
    }

    public ReadOnlyObjectProperty<Message> promptProperty() {
        return prompt;
    }

    public ReadOnlyObjectProperty<Message> waitingProperty() {
        return waiting;
    }

    public ReadOnlyObjectProperty<Message> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty allProperty() {
        return all;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
