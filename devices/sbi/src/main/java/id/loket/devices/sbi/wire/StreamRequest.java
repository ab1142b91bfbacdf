package id.loket.devices.sbi.wire;

import com.fasterxml.jackson.annotation.JsonFormat;

/** STREAM body: which device and sensor to preview, and for how long (ms, default 5 minutes). */
public record StreamRequest(
        String deviceId,
        String deviceSubId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Integer timeout) {
}
