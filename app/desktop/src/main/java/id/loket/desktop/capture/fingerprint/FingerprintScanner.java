package id.loket.desktop.capture.fingerprint;

import id.loket.core.biometric.Finger;

import java.time.Duration;
import java.util.List;

/**
 * What the fingerprint step needs from a scanner: find one, and capture some fingers at a requested
 * quality within a time limit. An interface so the step does not depend on how the device is
 * reached; production speaks MOSIP SBI ({@link SbiFingerprintScanner}) and tests and the demo bind
 * the same implementation to a simulated device on any port. Calls block; the caller runs them off
 * the UI thread.
 */
public interface FingerprintScanner {

    /** Scanners that answer now, in a stable order; empty when none is connected. */
    List<ScannerDevice> discover();

    /**
     * Captures {@code fingers} on {@code device}. Fingers below {@code requestedScore} still come
     * back with their score, so the caller decides between retry and exception; device faults come
     * back as {@link ScanResult.Failed}. Never throws for a device problem.
     */
    ScanResult capture(ScannerDevice device, List<Finger> fingers, int requestedScore, Duration timeout);
}
