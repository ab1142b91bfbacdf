package id.loket.core.provision;

import id.loket.core.biometric.FingerSet;

import java.time.Instant;
import java.util.Objects;

/**
 * What provisioning saved beyond the device profile and the lane quotas (table
 * {@code office_setting}): the office's name (on receipts), the centre it syncs with (kept even
 * before enrollment), the finger set and quality threshold the fingerprint step uses.
 *
 * @param centreUrl null when no centre was given
 */
public record OfficeSettings(String officeName, String centreUrl, FingerSet fingers, int qualityThreshold,
                             String provisionedBy, Instant provisionedAt) {

    public OfficeSettings {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(fingers, "fingers");
    }
}
