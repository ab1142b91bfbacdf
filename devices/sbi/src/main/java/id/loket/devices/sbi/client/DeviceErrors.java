package id.loket.devices.sbi.client;

import id.loket.devices.sbi.wire.DeviceStatus;
import id.loket.devices.sbi.wire.SbiError;
import id.loket.devices.sbi.wire.SbiErrorCodes;

/** Maps SBI error codes and device statuses onto failure codes. */
final class DeviceErrors {
    private DeviceErrors() {
    }

    static SbiException fromError(SbiError error, String context) {
        String code = error.errorCode() == null ? "" : error.errorCode().trim();
        SbiFailureCode failure = switch (code) {
            case SbiErrorCodes.DEVICE_NOT_REGISTERED -> SbiFailureCode.DEVICE_NOT_REGISTERED;
            case SbiErrorCodes.DEVICE_NOT_READY -> SbiFailureCode.DEVICE_NOT_READY;
            case SbiErrorCodes.DEVICE_BUSY -> SbiFailureCode.DEVICE_BUSY;
            case SbiErrorCodes.DEVICE_NOT_FOUND, SbiErrorCodes.NO_DEVICE_CONNECTED -> SbiFailureCode.DEVICE_NOT_FOUND;
            case SbiErrorCodes.BIOMETRIC_COUNT_NOT_SUPPORTED, SbiErrorCodes.INVALID_TRANSACTION_ID ->
                    SbiFailureCode.REQUEST_REJECTED;
            default -> SbiFailureCode.DEVICE_ERROR;
        };
        return new SbiException(failure, context + ": device reported an error", code, java.util.List.of(), null);
    }

    /** Null when the status allows a capture. */
    static SbiException fromStatus(DeviceStatus status, String deviceId) {
        return switch (status) {
            case READY -> null;
            case BUSY -> new SbiException(SbiFailureCode.DEVICE_BUSY, "device " + deviceId + " is Busy");
            case NOT_READY -> new SbiException(SbiFailureCode.DEVICE_NOT_READY, "device " + deviceId + " is Not Ready");
            case NOT_REGISTERED -> new SbiException(SbiFailureCode.DEVICE_NOT_REGISTERED,
                    "device " + deviceId + " is Not Registered");
            case UNKNOWN -> new SbiException(SbiFailureCode.DEVICE_NOT_READY,
                    "device " + deviceId + " reports an unknown status");
        };
    }
}
