package id.loket.core.photo;

import java.util.Arrays;

/**
 * Image containers recognised by their leading "magic" bytes. Only {@link #JPEG} and {@link #PNG}
 * are accepted for applicant photos; the others are recognised so the refusal can name them
 * ("GIF is not supported") instead of calling a real image "not an image".
 */
public enum ImageFormat {
    JPEG(true, 0xFF, 0xD8, 0xFF),
    PNG(true, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
    GIF(false, 'G', 'I', 'F', '8'),
    BMP(false, 'B', 'M'),
    TIFF_LE(false, 'I', 'I', 0x2A, 0x00),
    TIFF_BE(false, 'M', 'M', 0x00, 0x2A),
    WEBP(false, 'R', 'I', 'F', 'F'),
    HEIC(false, -1, -1, -1, -1, 'f', 't', 'y', 'p');

    private final boolean accepted;
    private final int[] magic;

    ImageFormat(boolean accepted, int... magic) {
        this.accepted = accepted;
        this.magic = magic;
    }

    /** True for the formats the decoder reads (JPEG, PNG). */
    public boolean accepted() {
        return accepted;
    }

    /** The name shown to officers ("TIFF" for both byte orders). */
    public String displayName() {
        return name().startsWith("TIFF") ? "TIFF" : name();
    }

    /** The format whose magic bytes start {@code bytes}, or {@code null}; -1 in a magic is "any byte". */
    static ImageFormat sniff(byte[] bytes) {
        for (ImageFormat f : values()) {
            if (f.matches(bytes)) {
                return f;
            }
        }
        return null;
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (magic[i] >= 0 && (bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        if (this == WEBP) {
            return bytes.length >= 12 && Arrays.equals(Arrays.copyOfRange(bytes, 8, 12), "WEBP".getBytes());
        }
        if (this == HEIC) {
            // "ftyp" also starts MP4 and MOV videos: only the HEIF brands name an image.
            String brand = bytes.length >= 12 ? new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII) : "";
            return brand.equals("heic") || brand.equals("heix") || brand.equals("mif1") || brand.equals("msf1");
        }
        return true;
    }
}
