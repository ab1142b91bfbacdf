package id.loket.core.provision;

import id.loket.core.biometric.FingerSet;

import java.util.Objects;

/**
 * What the capture flow takes from provisioning: the fingers every new application requires and
 * the lowest fingerprint quality score kept. A device set up before provisioning existed gets the
 * defaults (both index fingers, {@value ProvisioningValidator#DEFAULT_THRESHOLD}).
 */
public record CaptureSettings(FingerSet fingers, int qualityThreshold) {

    public static final CaptureSettings DEFAULT = new CaptureSettings(ProvisioningValidator.DEFAULT_FINGERS,
            ProvisioningValidator.DEFAULT_THRESHOLD);

    public CaptureSettings {
        Objects.requireNonNull(fingers, "fingers");
    }
}
