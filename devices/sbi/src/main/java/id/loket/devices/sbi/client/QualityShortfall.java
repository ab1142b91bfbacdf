package id.loket.devices.sbi.client;

import id.loket.devices.sbi.wire.SbiFinger;

/** A finger whose capture scored below what was requested (both 0-100). */
public record QualityShortfall(SbiFinger finger, double qualityScore, double requestedScore) {
}
