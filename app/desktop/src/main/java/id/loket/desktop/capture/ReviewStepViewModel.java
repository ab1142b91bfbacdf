package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationService;
import id.loket.core.device.DeviceProfile;
import id.loket.core.device.DeviceProfiles;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.WorkflowRefusal;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Review and finalise: the whole draft for a last look, what core's workflow still refuses (shown
 * before the officer presses finalise), then finalising through core's ApplicationService (guard,
 * receipt number, outbox row and audit in one transaction) and the receipt PDF, saved under the
 * data directory and offered to open or to save elsewhere.
 */
public final class ReviewStepViewModel implements CaptureStepModel {

    private final ReadOnlyObjectWrapper<Application> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Application> finalised = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> receipt = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<List<Message>> refusals = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>();
    private final ApplicationService service;
    private final Runnable afterFinalise;
    private final DeviceProfiles devices;
    private final ReceiptFiles receipts;
    private final ReceiptOpener opener;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Supplier<Locale> language;
    private final Function<Locale, String> officeName;
    private Officer officer;

    /**
     * @param language   the language the receipt is printed in (the officer's current one)
     * @param officeName the office's printed name for a language, given the office code
     */
    public ReviewStepViewModel(ApplicationService service, DeviceProfiles devices, ReceiptFiles receipts,
                               ReceiptOpener opener, TaskRunner tasks, Clock clock, Supplier<Locale> language,
                               Function<Locale, String> officeName) {
        this(service, devices, receipts, opener, tasks, clock, language, officeName, () -> { });
    }

    /** @param afterFinalise called on the worker thread once an application is finalised (wakes the sync agent) */
    public ReviewStepViewModel(ApplicationService service, DeviceProfiles devices, ReceiptFiles receipts,
                               ReceiptOpener opener, TaskRunner tasks, Clock clock, Supplier<Locale> language,
                               Function<Locale, String> officeName, Runnable afterFinalise) {
        this.afterFinalise = afterFinalise;
        this.service = service;
        this.devices = devices;
        this.receipts = receipts;
        this.opener = opener;
        this.tasks = tasks;
        this.clock = clock;
        this.language = language;
        this.officeName = officeName;
    }

    @Override
    public void load(Application draft, Officer signedIn) {
        this.officer = signedIn;
        shown.set(draft);
        error.set(null);
        notice.set(null);
        boolean done = draft != null && draft.state() != ApplicationState.DRAFT;
        finalised.set(done ? draft : null);
        if (!done) {
            receipt.set(null);
        }
        refusals.set(draft == null || done ? List.of()
                : service.finaliseRefusals(draft, signedIn));
    }

    /** Finalises the shown draft, then writes the receipt. Refusals are shown as core's messages. */
    public void finalise() {
        Application draft = shown.get();
        if (draft == null || finalised.get() != null) {
            return;
        }
        error.set(null);
        Officer who = officer;
        Locale lang = language.get();
        tasks.run(() -> {
                    Application done = service.finalise(draft.id(), who);
                    afterFinalise.run();
                    return new Outcome(done, writeReceipt(done, who, lang));
                },
                outcome -> {
                    refusals.set(List.of());
                    shown.set(outcome.application());
                    finalised.set(outcome.application());
                    receipt.set(outcome.receipt());
                    notice.set(Message.of("capture.review.finalised", outcome.application().receiptNumber()));
                },
                failure -> {
                    if (failure instanceof WorkflowRefusal refusal) {
                        refusals.set(refusal.reasons());
                    }
                    error.set(Failures.message(failure));
                });
    }

    private Path writeReceipt(Application done, Officer who, Locale lang) {
        DeviceProfile device = devices.current().orElseThrow(
                () -> new WorkflowRefusal(List.of(Message.of("application.deviceNotSetUp"))));
        return receipts.write(done, device, officeName.apply(lang), who, lang);
    }

    /** Writes the receipt again (e.g. in another language, or after a failed write). */
    public void rewriteReceipt() {
        Application done = finalised.get();
        if (done == null) {
            return;
        }
        Officer who = officer;
        Locale lang = language.get();
        tasks.run(() -> writeReceipt(done, who, lang), receipt::set, failure -> error.set(Failures.message(failure)));
    }

    /** Opens the receipt in the system viewer for printing. */
    public void openReceipt() {
        if (receipt.get() != null) {
            opener.open(receipt.get());
        }
    }

    /** Copies the receipt to a place the officer chose (a USB stick, a shared folder). */
    public void saveReceiptAs(Path target) {
        Path source = receipt.get();
        if (source == null || target == null) {
            return;
        }
        tasks.run(() -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING),
                copied -> notice.set(Message.of("capture.review.savedAs", copied.toString())),
                failure -> error.set(Message.of("capture.review.saveFailed", target.toString())));
    }

    @Override
    public List<Message> problems() {
        return finalised.get() == null ? List.of(Message.of("capture.review.notFinalised")) : List.of();
    }

    @Override
    public Application applyTo(Application draft) {
        return draft;
    }

    /** The application shown (the draft, then the finalised record). */
    public ReadOnlyObjectProperty<Application> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The finalised application, null until finalised. */
    public ReadOnlyObjectProperty<Application> finalisedProperty() {
        return finalised.getReadOnlyProperty();
    }

    /** The receipt file, null until written. */
    public ReadOnlyObjectProperty<Path> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    /** Why core would refuse to finalise now (empty when it would not). */
    public ObjectProperty<List<Message>> refusalsProperty() {
        return refusals;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    /** A success notice (finalised, saved), or null. */
    public ObjectProperty<Message> noticeProperty() {
        return notice;
    }

    private record Outcome(Application application, Path receipt) {
    }
}
