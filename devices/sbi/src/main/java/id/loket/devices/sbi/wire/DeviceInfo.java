package id.loket.devices.sbi.wire;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * The decoded {@code deviceInfo} payload of MOSIPDINFO. {@code digitalId} is itself a JWT (or
 * base64url payload) of a {@link DigitalId}; {@code env} is {@code "None"} until registered.
 */
public record DeviceInfo(
        String deviceStatus,
        String deviceId,
        String firmware,
        String certification,
        String serviceVersion,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> deviceSubId,
        String callbackId,
        String digitalId,
        String deviceCode,
        String env,
        String purpose,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> specVersion) {

    public DeviceStatus status() {
        return DeviceStatus.fromWireName(deviceStatus);
    }
}
