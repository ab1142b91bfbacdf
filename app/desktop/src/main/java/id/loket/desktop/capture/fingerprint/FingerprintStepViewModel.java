package id.loket.desktop.capture.fingerprint;

import id.loket.core.application.Application;
import id.loket.core.audit.AuditLog;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.core.blob.BlobStore;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.OfficerService;
import id.loket.core.workflow.ApplicationState;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The fingerprint step: the required fingers with their state, capture of one finger or all the
 * remaining ones, a quality threshold, counted retries, and exceptions a supervisor confirms.
 * Each kept print is stored in the {@link BlobStore} before {@link #captureProperty()} records its
 * hash, so a saved draft never points at a missing image. Device faults become messages keyed by
 * the failure code. Images never leave this class except into the blob store.
 */
public final class FingerprintStepViewModel {

    private final ObjectProperty<FingerprintCapture> capture = new SimpleObjectProperty<>();
    private final ObjectProperty<Finger> selected = new SimpleObjectProperty<>();
    private final IntegerProperty threshold = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ScannerDevice> device = new ReadOnlyObjectWrapper<>();

    private final AuditLog audit;
    private final BlobStore blobs;
    private final FingerprintScanner scanner;
    private final TaskRunner tasks;
    private final Clock clock;
    private final FingerprintPolicy policy;
    private final SupervisorConfirmation supervisors;
    private Application application;
    private Officer officer;

    public FingerprintStepViewModel(OfficerService officers, AuditLog audit, BlobStore blobs,
                                    FingerprintScanner scanner, TaskRunner tasks, Clock clock,
                                    FingerprintPolicy policy) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.blobs = Objects.requireNonNull(blobs, "blobs");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.supervisors = new SupervisorConfirmation(officers, audit, clock);
        threshold.set(policy.qualityThreshold());
    }

    /**
     * Shows an application's fingerprints; its id becomes the subject of the audit entries and
     * its state is what the supervisor rule checks.
     */
    public void load(Application draft, Officer by) {
        this.application = Objects.requireNonNull(draft, "draft");
        show(draft.fingerprints(), by);
    }

    /** Shows these fingerprints of a draft the caller has not handed over (audit entries name no application). */
    public void load(FingerprintCapture existing, Officer by) {
        this.application = null;
        show(Objects.requireNonNull(existing, "existing"), by);
    }

    private void show(FingerprintCapture existing, Officer by) {
        this.officer = Objects.requireNonNull(by, "officer");
        capture.set(existing);
        List<FingerCapture> open = existing.unresolved();
        selected.set(open.isEmpty() ? existing.required().fingers().getFirst() : open.getFirst().finger());
        message.set(null);
        error.set(null);
    }

    /** Captures the selected finger. */
    public void captureSelected() {
        if (selected.get() != null) {
            capture(List.of(selected.get()));
        }
    }

    /** Captures every finger that is neither captured nor an exception, sensor by sensor. */
    public void captureRemaining() {
        List<Finger> remaining = current().required().fingers().stream()
                .filter(f -> current().finger(f).status() == FingerStatus.PENDING).toList();
        if (remaining.isEmpty()) {
            message.set(Message.of("fingerprint.allDone"));
            return;
        }
        capture(remaining);
    }

    private void capture(List<Finger> fingers) {
        if (busy.get()) {
            return;
        }
        int requested = threshold.get();
        busy.set(true);
        error.set(null);
        message.set(Message.of("fingerprint.placeFinger", fingers.getFirst()));
        ScannerDevice known = device.get();
        tasks.run(() -> scan(known, fingers, requested), outcome -> {
            busy.set(false);
            record(outcome, requested);
        }, failure -> {
            busy.set(false);
            message.set(null);
            error.set(Failures.message(failure));
        });
    }

    /** Off the UI thread: find a scanner if needed, capture, store every print that is good enough. */
    private Scan scan(ScannerDevice known, List<Finger> fingers, int requested) {
        ScannerDevice using = known;
        if (using == null) {
            List<ScannerDevice> found = scanner.discover();
            if (found.isEmpty()) {
                return new Scan(null, new ScanResult.Failed(NO_DEVICE, null), Map.of());
            }
            using = found.getFirst();
        }
        ScanResult result = scanner.capture(using, fingers, requested, policy.captureTimeout());
        Map<Finger, String> stored = new java.util.EnumMap<>(Finger.class);
        if (result instanceof ScanResult.Captured captured) {
            for (ScannedFinger print : captured.fingers()) {
                if (print.quality() >= requested) {
                    stored.put(print.finger(), blobs.put(print.image(), print.mediaType()));
                }
            }
        }
        return new Scan(using, result, stored);
    }

    /** Code of the failure when discovery finds no scanner at all. */
    public static final String NO_DEVICE = "fingerprint.noDevice";

    private record Scan(ScannerDevice device, ScanResult result, Map<Finger, String> storedHashes) {
    }

    private void record(Scan scan, int requested) {
        switch (scan.result()) {
            case ScanResult.Failed failed -> {
                if (forgetsDevice(failed.code())) {
                    device.set(null);
                }
                message.set(null);
                error.set(Message.of(failed.code(), failed.deviceErrorCode() == null ? "" : failed.deviceErrorCode()));
            }
            case ScanResult.Captured captured -> {
                device.set(scan.device());
                FingerprintCapture next = current();
                List<Message> low = new ArrayList<>();
                for (ScannedFinger print : captured.fingers()) {
                    FingerCapture before = next.finger(print.finger());
                    int attempts = before.attempts() + 1;
                    String hash = scan.storedHashes().get(print.finger());
                    if (hash != null) {
                        next = next.with(FingerCapture.captured(print.finger(), print.wholeQuality(), attempts,
                                scan.device().serialNo(), hash));
                    } else {
                        next = next.with(new FingerCapture(print.finger(), FingerStatus.PENDING, print.wholeQuality(),
                                attempts, scan.device().serialNo(), null, null, null));
                        low.add(lowQuality(print.finger(), print.wholeQuality(), requested, attempts));
                    }
                }
                capture.set(next);
                error.set(low.isEmpty() ? null : low.getFirst());
                message.set(low.isEmpty() ? Message.of("fingerprint.captured", captured.fingers().size()) : null);
                selectNextOpen();
            }
        }
    }

    private Message lowQuality(Finger finger, int quality, int requested, int attempts) {
        return attempts >= policy.maxAttempts()
                ? Message.of("fingerprint.lowQuality.exhausted", finger, quality, requested, attempts)
                : Message.of("fingerprint.lowQuality.retry", finger, quality, requested, attempts, policy.maxAttempts());
    }

    private static boolean forgetsDevice(String code) {
        return code.equals(NO_DEVICE) || code.equals("sbi.no-service") || code.equals("sbi.device-not-found")
                || code.equals("sbi.timeout") || code.equals("sbi.http-error");
    }

    private void selectNextOpen() {
        Finger now = selected.get();
        if (now != null && current().finger(now).status() == FingerStatus.PENDING) {
            return;
        }
        current().required().fingers().stream().filter(f -> current().finger(f).status() == FingerStatus.PENDING)
                .findFirst().ifPresent(selected::set);
    }

    /** True when the finger was tried and fell short but may be tried again. */
    public boolean retryOffered(Finger finger) {
        FingerCapture c = current().finger(finger);
        return c.status() == FingerStatus.PENDING && c.attempts() > 0 && c.attempts() < policy.maxAttempts();
    }

    /** Whether an exception with this reason may be recorded for the finger now. */
    public boolean exceptionAllowed(Finger finger, ExceptionReason reason) {
        FingerCapture c = current().finger(finger);
        if (c.status() == FingerStatus.CAPTURED || c.status() == FingerStatus.SKIPPED_BY_SUPERVISOR) {
            return false;
        }
        return !reason.needsAttempts() || c.attempts() >= policy.maxAttempts();
    }

    /**
     * Records the finger as an exception with a reason; it stays unresolved (and selected) until a
     * supervisor confirms it ({@link #confirmException}). Audited under the officer's name.
     */
    public void recordException(Finger finger, ExceptionReason reason) {
        if (!exceptionAllowed(finger, reason)) {
            error.set(reason.needsAttempts()
                    ? Message.of("fingerprint.exception.tooEarly", finger, policy.maxAttempts())
                    : Message.of("fingerprint.exception.notPending", finger));
            return;
        }
        FingerCapture before = current().finger(finger);
        FingerprintCapture next = current().with(FingerCapture.exception(finger, reason.name(), before.attempts()));
        busy.set(true);
        tasks.run(() -> audit.append(officer.username(), "fingerprint.exception.recorded", subject(),
                        Map.of("finger", finger.name(), "reason", reason.name(),
                                "attempts", Integer.toString(before.attempts()))),
                entry -> {
                    busy.set(false);
                    capture.set(next);
                    error.set(null);
                    message.set(Message.of("fingerprint.exception.recorded", finger, reason));
                    selected.set(finger);
                }, failure -> {
                    busy.set(false);
                    error.set(Failures.message(failure));
                });
    }

    /**
     * A supervisor confirms the finger's exception with their own credentials (checked and audited
     * by the officer service; the role rule is core's workflow). The password array is wiped.
     */
    public void confirmException(Finger finger, String username, char[] password) {
        String user = username == null ? "" : username.strip();
        if (user.isEmpty() || password == null || password.length == 0) {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
            error.set(Message.of("login.error.empty"));
            return;
        }
        Application draft = draftWith(current());
        busy.set(true);
        error.set(null);
        tasks.run(() -> supervisors.confirm(draft, finger, user, password, subject()), outcome -> {
            busy.set(false);
            switch (outcome) {
                case SupervisorConfirmation.Outcome.Confirmed confirmed -> {
                    if (application != null) {
                        application = confirmed.draft();
                    }
                    capture.set(confirmed.draft().fingerprints());
                    message.set(Message.of("fingerprint.exception.confirmed", finger, confirmed.supervisor()));
                    selectNextOpen();
                }
                case SupervisorConfirmation.Outcome.Refused refused -> error.set(refused.reason());
            }
        }, failure -> {
            busy.set(false);
            error.set(Failures.message(failure));
        });
    }

    private Application draftWith(FingerprintCapture fingerprints) {
        if (application != null) {
            return application.withFingerprints(fingerprints);
        }
        Instant now = clock.instant();
        return new Application(UUID.randomUUID(), null, ApplicationState.DRAFT, null, null, null, null, null, null,
                List.of(), null, fingerprints, null, null, null, officer.username(), now, now);
    }

    private String subject() {
        return application == null ? "application:unsaved" : "application:" + application.id();
    }

    private FingerprintCapture current() {
        FingerprintCapture c = capture.get();
        if (c == null) {
            throw new IllegalStateException("load() the fingerprints first");
        }
        return c;
    }

    /** The fingerprints so far; updated after every finger. */
    public ObjectProperty<FingerprintCapture> captureProperty() {
        return capture;
    }

    /** The finger the next single capture or exception is for. */
    public ObjectProperty<Finger> selectedProperty() {
        return selected;
    }

    /** Lowest score kept (0-100); starts at the policy's threshold. */
    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    public FingerprintPolicy policy() {
        return policy;
    }

    /** True while the scanner or the store is working. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What just happened, or what to do next; null when nothing to say. */
    public ObjectProperty<Message> messageProperty() {
        return message;
    }

    /** The current problem (device fault, low quality, refusal), or null. */
    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    /** The scanner in use, null until one answered. */
    public ReadOnlyObjectProperty<ScannerDevice> deviceProperty() {
        return device.getReadOnlyProperty();
    }
}
