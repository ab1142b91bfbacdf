package id.loket.devices.sbi.client;

import id.loket.devices.sbi.wire.DeviceStatus;
import id.loket.devices.sbi.wire.DigitalId;
import id.loket.devices.sbi.wire.DiscoveredDevice;
import java.util.Optional;

/**
 * A device found by discovery: the port its service answered on, what it announced, and its
 * decoded (unsigned, so unverified) digital ID when it sent one that decodes.
 */
public record SbiDevice(int port, DiscoveredDevice announced, DigitalId digitalId) {

    public String deviceId() {
        return announced.deviceId();
    }

    public DeviceStatus status() {
        return announced.status();
    }

    public Optional<DigitalId> identity() {
        return Optional.ofNullable(digitalId);
    }
}
