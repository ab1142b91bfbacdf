package id.loket.devices.sbi.wire;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * One {@code bio} element of a capture request: {@code type} {@code "Finger"}, the fingers wanted
 * ({@code bioSubType}, optional in the spec, always sent by us), the fingers that are missing or
 * injured ({@code exception}), the quality the device should wait for ({@code requestedScore},
 * 0-100), the device and sensor, and {@code previousHash}, the {@code hash} of the last block of
 * an earlier capture in the same transaction (empty for the first).
 */
public record BioRequest(
        String type,
        @JsonFormat(shape = JsonFormat.Shape.STRING) int count,
        List<String> bioSubType,
        List<String> exception,
        @JsonFormat(shape = JsonFormat.Shape.STRING) int requestedScore,
        String deviceId,
        String deviceSubId,
        String previousHash) {

    public BioRequest {
        bioSubType = bioSubType == null ? List.of() : List.copyOf(bioSubType);
        exception = exception == null ? List.of() : List.copyOf(exception);
    }
}
