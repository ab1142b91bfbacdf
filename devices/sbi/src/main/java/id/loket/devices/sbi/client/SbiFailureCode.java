package id.loket.devices.sbi.client;

/**
 * Why an SBI call failed, with a stable code string the desktop keys its Bahasa Indonesia and
 * English messages on. The codes never change meaning; new failures get new codes.
 */
public enum SbiFailureCode {
    /** Nothing listens on the port (connection refused). */
    NO_SERVICE("sbi.no-service"),
    /** No reply within the time allowed (connect, request, or capture timeout plus grace). */
    TIMEOUT("sbi.timeout"),
    /** The service answered with a non-200 status, or the connection broke mid-reply. */
    HTTP_ERROR("sbi.http-error"),
    /** The reply is not the JSON shape the spec defines. */
    MALFORMED_REPLY("sbi.malformed-reply"),
    /** The service does not know the device (spec error 106 or 202, or absent from device info). */
    DEVICE_NOT_FOUND("sbi.device-not-found"),
    /** Device status "Not Ready" or error 110. */
    DEVICE_NOT_READY("sbi.device-not-ready"),
    /** Device status "Busy" or error 111 (another capture is running). */
    DEVICE_BUSY("sbi.device-busy"),
    /** Device status "Not Registered" or error 100. */
    DEVICE_NOT_REGISTERED("sbi.device-not-registered"),
    /** Any other device error code (e.g. 101 no finger detected); see {@link SbiException#deviceErrorCode()}. */
    DEVICE_ERROR("sbi.device-error"),
    /** The device refused our request (error 109 count not supported, 112 invalid transaction id). */
    REQUEST_REJECTED("sbi.request-rejected"),
    /** A data block carries another transactionId than the one we sent. */
    TRANSACTION_MISMATCH("sbi.transaction-mismatch"),
    /** A data block's timestamp is missing or not ISO 8601. */
    TIMESTAMP_INVALID("sbi.timestamp-invalid"),
    /** A data block's timestamp is further from our clock than the allowed skew (replayed or clock wrong). */
    STALE_TIMESTAMP("sbi.stale-timestamp"),
    /** A data block has no qualityScore. */
    QUALITY_MISSING("sbi.quality-missing"),
    /** qualityScore is not a number from 0 to 100. */
    QUALITY_INVALID("sbi.quality-invalid"),
    /** At least one finger scored below the requested score; see {@link SbiException#shortfalls()}. */
    LOW_QUALITY("sbi.low-quality"),
    /** bioValue is missing, empty or not base64url. */
    BIO_VALUE_INVALID("sbi.bio-value-invalid"),
    /** A block's hash does not chain from the previous hash and its bioValue. */
    HASH_MISMATCH("sbi.hash-mismatch"),
    /** Wrong modality, a finger not asked for, a duplicate, or a requested finger missing. */
    UNEXPECTED_BIOMETRIC("sbi.unexpected-biometric"),
    /** A signed block is unsigned, uses an unsupported algorithm, lacks x5c, or does not verify. */
    SIGNATURE_INVALID("sbi.signature-invalid"),
    /** The signature verifies but its certificate does not chain to a trusted provider certificate. */
    UNTRUSTED_DEVICE("sbi.untrusted-device");

    private final String code;

    SbiFailureCode(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code "sbi.low-quality"}. */
    public String code() {
        return code;
    }
}
