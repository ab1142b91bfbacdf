package id.loket.desktop.capture;

import id.loket.core.CoreServices;
import id.loket.core.photo.DecoderLimits;
import id.loket.core.photo.PassportCrop;
import id.loket.core.photo.PassportFormat;
import id.loket.core.photo.PhotoPolicy;
import id.loket.desktop.capture.fingerprint.FingerprintPolicy;
import id.loket.desktop.capture.fingerprint.FingerprintScanner;
import id.loket.desktop.capture.fingerprint.FingerprintStepViewModel;
import id.loket.desktop.capture.photo.PhotoStepViewModel;
import id.loket.desktop.concurrent.TaskRunner;

import java.time.Clock;
import java.util.Objects;

/**
 * Builds the photo and fingerprint steps for the capture flow from the services they need, so the
 * flow depends on two small factory methods instead of on blob stores, scanners and photo rules.
 * The scanner is passed in: the app gives one over the SBI port range, the demo and the tests one
 * bound to a simulated device.
 */
public final class BiometricSteps {

    private final CoreServices core;
    private final TaskRunner tasks;
    private final FingerprintScanner scanner;
    private final Clock clock;
    private final FingerprintPolicy fingerprintPolicy;
    private final PhotoPolicy photoPolicy;

    public BiometricSteps(CoreServices core, TaskRunner tasks, FingerprintScanner scanner, Clock clock) {
        this(core, tasks, scanner, clock, FingerprintPolicy.DEFAULT, PhotoPolicy.DEFAULT);
    }

    /** With an office's own fingerprint and photo rules. */
    public BiometricSteps(CoreServices core, TaskRunner tasks, FingerprintScanner scanner, Clock clock,
                          FingerprintPolicy fingerprintPolicy, PhotoPolicy photoPolicy) {
        this.core = Objects.requireNonNull(core, "core");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fingerprintPolicy = Objects.requireNonNull(fingerprintPolicy, "fingerprintPolicy");
        this.photoPolicy = Objects.requireNonNull(photoPolicy, "photoPolicy");
    }

    /** A new photo step (ICAO 35 x 45 mm at 300 dpi). */
    public PhotoStepViewModel photo() {
        return new PhotoStepViewModel(core.blobs(), tasks, clock, DecoderLimits.DEFAULT,
                new PassportCrop(PassportFormat.ICAO_35X45_300DPI, photoPolicy), photoPolicy);
    }

    /** A new fingerprint step. */
    public FingerprintStepViewModel fingerprints() {
        return new FingerprintStepViewModel(core.officers(), core.audit(), core.blobs(), scanner, tasks, clock,
                fingerprintPolicy);
    }

    /** The scanner the fingerprint steps use. */
    public FingerprintScanner scanner() {
        return scanner;
    }
}
