package id.loket.devices.sbi.wire;

import java.util.List;

/** RCAPTURE/CAPTURE reply: {@code {"biometrics":[...]}}, one entry per captured biometric. */
public record CaptureResponse(List<BiometricEntry> biometrics) {
    public CaptureResponse {
        biometrics = biometrics == null ? List.of() : List.copyOf(biometrics);
    }
}
