package id.loket.sync.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: the content address of images and the hash of canonical records. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest().digest(data));
    }

    /** The hash of {@code length} bytes of {@code data} from {@code from}. */
    public static String hex(byte[] data, int from, int length) {
        MessageDigest digest = digest();
        digest.update(data, from, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** True when the text has the shape of a SHA-256 hex digest. */
    public static boolean isHex(String text) {
        // called for every blob on both ends: a loop, not String.matches (which compiles a pattern each call)
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }
}
