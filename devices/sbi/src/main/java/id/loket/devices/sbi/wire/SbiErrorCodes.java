package id.loket.devices.sbi.wire;

/**
 * Error codes of the SBI 0.9.5 spec ("Error Codes" table, including the October 2023 additions
 * 110-112) and the custom 5xx codes our simulator uses. Device vendors may add their own 5xx codes.
 */
public final class SbiErrorCodes {
    public static final String SUCCESS = "0";
    public static final String DEVICE_NOT_REGISTERED = "100";
    public static final String NO_BIOMETRIC_OBJECT = "101";
    public static final String EXTRACTION_ERROR = "102";
    public static final String DEVICE_TAMPERED = "103";
    public static final String MANAGEMENT_SERVER_UNREACHABLE = "104";
    public static final String IMAGE_ORIENTATION_ERROR = "105";
    public static final String DEVICE_NOT_FOUND = "106";
    public static final String DEVICE_KEY_EXPIRED = "107";
    public static final String DOMAIN_KEY_MISSING = "108";
    public static final String BIOMETRIC_COUNT_NOT_SUPPORTED = "109";
    public static final String DEVICE_NOT_READY = "110";
    public static final String DEVICE_BUSY = "111";
    public static final String INVALID_TRANSACTION_ID = "112";
    /** Stream error: "No Device Connected". */
    public static final String NO_DEVICE_CONNECTED = "202";

    /** Simulator (custom 5xx): auth CAPTURE is not offered by a Registration device. */
    public static final String SIM_CAPTURE_NOT_SUPPORTED = "501";
    /** Simulator (custom 5xx): the request body is not valid SBI JSON. */
    public static final String SIM_INVALID_REQUEST = "502";

    private SbiErrorCodes() {
    }
}
