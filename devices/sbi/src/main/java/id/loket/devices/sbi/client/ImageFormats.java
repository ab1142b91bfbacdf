package id.loket.devices.sbi.client;

/**
 * Names the format of a {@code bioValue} by its first bytes, so the desktop knows what it stores:
 * real SBI devices send ISO/IEC 19794-4 finger image records; our simulator sends PNG.
 */
public final class ImageFormats {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String JPEG2000 = "image/jp2";
    public static final String WSQ = "image/x-wsq";
    public static final String ISO_19794_4 = "application/x-iso19794-4";
    public static final String UNKNOWN = "application/octet-stream";

    private ImageFormats() {
    }

    public static String mediaType(byte[] data) {
        if (startsWith(data, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWith(data, 'F', 'I', 'R', 0)) {
            return ISO_19794_4;
        }
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(data, 0, 0, 0, 0x0C, 'j', 'P') || startsWith(data, 0xFF, 0x4F, 0xFF, 0x51)) {
            return JPEG2000;
        }
        if (startsWith(data, 0xFF, 0xA0)) {
            return WSQ;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
