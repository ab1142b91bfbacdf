package id.loket.devices.sbi.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed SBI call: a {@link SbiFailureCode}, the device's own error code when it sent one, and
 * for {@link SbiFailureCode#LOW_QUALITY} the fingers that fell short. The message is technical
 * English for logs; it never contains biometric data. Users see the desktop's translation of
 * {@link #code()}.
 */
public final class SbiException extends Exception {
    private final SbiFailureCode code;
    private final String deviceErrorCode;
    private final List<QualityShortfall> shortfalls;

    public SbiException(SbiFailureCode code, String detail) {
        this(code, detail, null, List.of(), null);
    }

    public SbiException(SbiFailureCode code, String detail, Throwable cause) {
        this(code, detail, null, List.of(), cause);
    }

    public SbiException(SbiFailureCode code, String detail, String deviceErrorCode, List<QualityShortfall> shortfalls,
                        Throwable cause) {
        super(code.code() + ": " + detail + (deviceErrorCode == null ? "" : " (device error " + deviceErrorCode + ")"),
                cause);
        this.code = Objects.requireNonNull(code);
        this.deviceErrorCode = deviceErrorCode;
        this.shortfalls = List.copyOf(shortfalls);
    }

    public SbiFailureCode failure() {
        return code;
    }

    /** The stable code string, e.g. {@code "sbi.stale-timestamp"}. */
    public String code() {
        return code.code();
    }

    /** The SBI error code the device sent (e.g. {@code "101"}), when it sent one. */
    public Optional<String> deviceErrorCode() {
        return Optional.ofNullable(deviceErrorCode);
    }

    public List<QualityShortfall> shortfalls() {
        return shortfalls;
    }
}
