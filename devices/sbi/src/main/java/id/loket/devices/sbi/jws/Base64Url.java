package id.loket.devices.sbi.jws;

import java.util.Base64;
import java.util.Optional;

/** base64url without padding, as JWS and the SBI {@code bioValue} use; decoding also accepts padding. */
public final class Base64Url {
    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Decodes, or empty when the text is not base64url (or standard base64 some vendors send). */
    public static Optional<byte[]> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        try {
            return Optional.of(Base64.getUrlDecoder().decode(trimmed));
        } catch (IllegalArgumentException notUrl) {
            try {
                return Optional.of(Base64.getDecoder().decode(trimmed));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
    }
}
