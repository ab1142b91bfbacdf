package id.loket.devices.sbi.wire;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * One element of the MOSIPDISC reply array. {@code digitalId} is the unsigned base64url payload
 * of a {@link DigitalId}; {@code deviceSubId} and {@code specVersion} are arrays in current spec
 * text but single values in older devices, so a single value is accepted too.
 */
public record DiscoveredDevice(
        String deviceId,
        String deviceStatus,
        String certification,
        String serviceVersion,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> deviceSubId,
        String callbackId,
        String digitalId,
        String deviceCode,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> specVersion,
        String purpose,
        SbiError error) {

    public DeviceStatus status() {
        return DeviceStatus.fromWireName(deviceStatus);
    }
}
