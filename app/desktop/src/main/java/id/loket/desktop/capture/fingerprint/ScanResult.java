package id.loket.desktop.capture.fingerprint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of one capture: prints with their scores, or a typed device failure. */
public sealed interface ScanResult {

    /** The device answered; every requested finger is here, each with its own score. */
    record Captured(ScannerDevice device, List<ScannedFinger> fingers) implements ScanResult {
        public Captured {
            Objects.requireNonNull(device, "device");
            fingers = List.copyOf(fingers);
        }
    }

    /**
     * The capture failed.
     *
     * @param code            a stable code; SBI failures use the client's codes ({@code sbi.device-busy}, ...)
     *                        and the desktop bundles hold a text for each
     * @param deviceErrorCode the device's own error code when it sent one (e.g. {@code 101}), else null
     */
    record Failed(String code, String deviceErrorCode) implements ScanResult {
        public Failed {
            Objects.requireNonNull(code, "code");
        }

        public Optional<String> deviceError() {
            return Optional.ofNullable(deviceErrorCode);
        }
    }
}
