package id.loket.core.provision;

import id.loket.core.biometric.FingerSet;
import id.loket.core.queue.LaneQuotas;

import java.util.Objects;

/**
 * A checked provisioning, ready to apply: who this device is (office, counter), the centre it
 * syncs with, which fingers the office captures and how good a print must be, the lane quotas.
 * Only {@link ProvisioningValidator} makes one from typed or file input.
 *
 * @param centreUrl       the centre's base URL, null when not known yet
 * @param enrollmentToken the one-time token to enroll with now, null to enroll later
 */
public record Provisioning(String officeCode, String officeName, int counter, String centreUrl,
                           String enrollmentToken, FingerSet fingers, int qualityThreshold, LaneQuotas quotas) {

    public Provisioning {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(fingers, "fingers");
        Objects.requireNonNull(quotas, "quotas");
    }

    /** True when the device enrolls with the centre as part of this provisioning. */
    public boolean enrollsNow() {
        return enrollmentToken != null && centreUrl != null;
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "Provisioning[" + officeCode + "/" + counter + " " + officeName + ", centre " + centreUrl
                + (enrollsNow() ? " (enrolls now)" : "") + ", fingers " + fingers.format() + ", threshold "
                + qualityThreshold + ", quotas " + quotas.daily() + "]";
    }
}
