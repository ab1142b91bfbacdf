package id.loket.desktop.capture;

import id.loket.core.biometric.FingerSet;
import id.loket.core.fee.FeeTable;
import id.loket.core.provision.CaptureSettings;
import id.loket.core.receipt.ExpectedDate;
import id.loket.core.receipt.HolidayCalendar;
import id.loket.desktop.capture.fingerprint.FingerprintPolicy;
import id.loket.desktop.capture.fingerprint.FingerprintScanner;

import java.util.Objects;

/**
 * What the capture flow is configured with beyond core: the fingerprint scanner, how files are
 * chosen and receipts opened, which fingers the office captures, the fee table and the working-day
 * rules for the expected date, how strict the fingerprint step is, and what to nudge once an
 * application is finalised (the sync agent). The finger set and the quality threshold come from
 * the device's provisioning ({@link #withCapture}).
 * The composition root builds one; tests build one bound to a
 * simulated scanner and to files they wrote.
 */
public record CaptureOptions(FingerprintScanner scanner, FilePicker files, ReceiptOpener opener, FingerSet fingers,
                             FeeTable fees, ExpectedDate expected, Runnable afterFinalise,
                             FingerprintPolicy fingerprintPolicy) {

    public CaptureOptions {
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(fingers, "fingers");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(afterFinalise, "afterFinalise");
        Objects.requireNonNull(fingerprintPolicy, "fingerprintPolicy");
    }

    /** The same options, calling {@code hook} (off the FX thread) after each application is finalised. */
    public CaptureOptions withAfterFinalise(Runnable hook) {
        return new CaptureOptions(scanner, files, opener, fingers, fees, expected, hook, fingerprintPolicy);
    }

    /** The same options with the provisioned finger set and fingerprint quality threshold. */
    public CaptureOptions withCapture(CaptureSettings settings) {
        return new CaptureOptions(scanner, files, opener, settings.fingers(), fees, expected, afterFinalise,
                fingerprintPolicy.withQualityThreshold(settings.qualityThreshold()));
    }

    /** The standard set-up: both index fingers at score 60, the current fee table, Indonesian holidays. */
    public static CaptureOptions standard(FingerprintScanner scanner, FilePicker files, ReceiptOpener opener) {
        return new CaptureOptions(scanner, files, opener, FingerSet.TWO_INDEX, FeeTable.standard(),
                ExpectedDate.standard(HolidayCalendar.indonesia()), () -> { }, FingerprintPolicy.DEFAULT);
    }
}
