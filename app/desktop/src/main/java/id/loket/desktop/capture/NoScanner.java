package id.loket.desktop.capture;

import id.loket.core.biometric.Finger;
import id.loket.desktop.capture.fingerprint.FingerprintScanner;
import id.loket.desktop.capture.fingerprint.ScanResult;
import id.loket.desktop.capture.fingerprint.ScannerDevice;

import java.time.Duration;
import java.util.List;

/**
 * A counter without a fingerprint scanner: discovery finds nothing, so the fingerprint step says
 * no device is connected (its normal message) and fingers can only be recorded as exceptions.
 */
public enum NoScanner implements FingerprintScanner {
    INSTANCE;

    @Override
    public List<ScannerDevice> discover() {
        return List.of();
    }

    @Override
    public ScanResult capture(ScannerDevice device, List<Finger> fingers, int requestedScore, Duration timeout) {
        throw new IllegalStateException("no fingerprint scanner is connected");
    }
}
