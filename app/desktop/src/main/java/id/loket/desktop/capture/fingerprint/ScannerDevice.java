package id.loket.desktop.capture.fingerprint;

import java.util.Objects;

/**
 * A scanner found by discovery.
 *
 * @param port     the local port its service answers on
 * @param deviceId the service's id for the device (used in capture requests)
 * @param serialNo the device's serial number when it announced one, else the device id; recorded with each print
 * @param model    make and model for display, may be empty
 */
public record ScannerDevice(int port, String deviceId, String serialNo, String model) {

    public ScannerDevice {
        Objects.requireNonNull(deviceId, "deviceId");
        serialNo = serialNo == null || serialNo.isBlank() ? deviceId : serialNo;
        model = model == null ? "" : model;
    }
}
