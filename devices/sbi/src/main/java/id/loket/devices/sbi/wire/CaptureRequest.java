package id.loket.devices.sbi.wire;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;

/**
 * RCAPTURE (registration capture) body, and CAPTURE's for auth. Numbers go out as JSON strings,
 * as MOSIP's registration client and compliance-toolkit schema send them; either form is read.
 * {@code timeout} is in milliseconds, {@code captureTime} ISO 8601 UTC
 * ({@code yyyy-MM-ddTHH:mm:ssZ}), {@code transactionId} 4-50 characters of letters, digits and '-'.
 */
public record CaptureRequest(
        String env,
        String purpose,
        String specVersion,
        @JsonFormat(shape = JsonFormat.Shape.STRING) int timeout,
        String captureTime,
        String transactionId,
        List<BioRequest> bio,
        Map<String, String> customOpts) {

    public static final String PURPOSE_REGISTRATION = "Registration";
    public static final String SPEC_VERSION = "0.9.5";

    public CaptureRequest {
        bio = bio == null ? List.of() : List.copyOf(bio);
        customOpts = customOpts == null ? Map.of() : Map.copyOf(customOpts);
    }
}
