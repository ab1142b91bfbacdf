package id.loket.desktop.capture.fingerprint;

import id.loket.core.biometric.Finger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The scanner the window is given before the SBI client exists. */
class DeferredScannerTest {

    private static final ScannerDevice DEVICE = new ScannerDevice(4501, "dev-1", "SN-1", "Simulated");

    @Test
    void discoveryWaitsForTheRealScannerAndThenUsesIt() throws Exception {
        DeferredScanner deferred = new DeferredScanner();
        CompletableFuture<List<ScannerDevice>> found = CompletableFuture.supplyAsync(deferred::discover);

        Thread.sleep(150);
        assertThat(found).isNotDone();

        deferred.complete(new OneDevice());
        assertThat(found.get(5, TimeUnit.SECONDS)).containsExactly(DEVICE);
    }

    @Test
    void whenTheScannerCouldNotBeMadeThereIsNoScannerAndCaptureFailsAsNoService() {
        DeferredScanner deferred = new DeferredScanner();
        deferred.fail(new IllegalStateException("no HTTP client"));

        assertThat(deferred.discover()).isEmpty();
        assertThat(deferred.capture(DEVICE, List.of(Finger.values()[0]), 60, Duration.ofSeconds(1)))
                .isEqualTo(new ScanResult.Failed("sbi.no-service", null));
    }

    /** A scanner with one device that captures nothing: enough to see which scanner answered. */
    private static final class OneDevice implements FingerprintScanner {
        @Override
        public List<ScannerDevice> discover() {
            return List.of(DEVICE);
        }

        @Override
        public ScanResult capture(ScannerDevice device, List<Finger> fingers, int requestedScore, Duration timeout) {
            return new ScanResult.Failed("sbi.device-busy", null);
        }
    }
}
