package id.loket.desktop.capture.fingerprint;

import id.loket.core.biometric.Finger;
import id.loket.devices.sbi.client.SbiFailureCode;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A scanner that is still being made: the window opens before the SBI client exists (its HTTP
 * client costs start-up time), and the first call, always off the UI thread, waits until the real
 * scanner is ready. If making it failed, discovery finds no scanner and capture fails as a device
 * fault, as for a scanner that is not connected.
 */
public final class DeferredScanner implements FingerprintScanner {

    private final CompletableFuture<FingerprintScanner> ready = new CompletableFuture<>();

    /** Hands over the real scanner; calls waiting for it go on. */
    public void complete(FingerprintScanner scanner) {
        ready.complete(scanner);
    }

    /** Making the scanner failed; calls waiting for it go on without one. */
    public void fail(Throwable cause) {
        ready.completeExceptionally(cause);
    }

    @Override
    public List<ScannerDevice> discover() {
        FingerprintScanner scanner = await();
        return scanner == null ? List.of() : scanner.discover();
    }

    @Override
    public ScanResult capture(ScannerDevice device, List<Finger> fingers, int requestedScore, Duration timeout) {
        FingerprintScanner scanner = await();
        if (scanner == null) {
            return new ScanResult.Failed(SbiFailureCode.NO_SERVICE.code(), null);
        }
        return scanner.capture(device, fingers, requestedScore, timeout);
    }

    private FingerprintScanner await() {
        try {
            return ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }
}
