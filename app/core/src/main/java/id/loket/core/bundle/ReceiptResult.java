package id.loket.core.bundle;

import java.util.UUID;

/**
 * What applying a centre's receipt did on this device.
 *
 * @param acknowledged rows now ACKNOWLEDGED (the centre holds them)
 * @param quarantined  rows now QUARANTINED (the centre refused them, reason kept)
 * @param unchanged    lines that changed nothing (already acknowledged, or unknown here)
 */
public record ReceiptResult(UUID bundleId, int acknowledged, int quarantined, int unchanged) {
}
