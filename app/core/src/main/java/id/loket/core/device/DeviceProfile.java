package id.loket.core.device;

import java.util.Objects;
import java.util.UUID;

/**
 * Who this device is: its id (a UUIDv7 made once, at setup), the immigration office it serves and
 * its counter number. Office and counter make the receipt numbers unique across devices.
 */
public record DeviceProfile(UUID deviceId, String officeCode, int counterNumber) {

    public DeviceProfile {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(officeCode, "officeCode");
    }
}
