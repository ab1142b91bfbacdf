package id.loket.devices.sbi.wire;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SBI capture hash chain: {@code hash = SHA-256(previous || SHA-256(bioValue))} in upper-case
 * hex, where {@code previous} is the bytes of the previous block's hash (hex-decoded) or, for the
 * first block of a transaction, SHA-256 of the empty string. Every block of a reply, and every
 * reply of one applicant's session, is linked this way so none can be swapped in later.
 */
public final class CaptureHash {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private CaptureHash() {
    }

    /**
     * The hash of a block holding {@code bioValue}, chained to {@code previousHashHex}
     * (null or blank for the first block).
     *
     * @throws IllegalArgumentException when {@code previousHashHex} is not hex
     */
    public static String next(String previousHashHex, byte[] bioValue) {
        byte[] previous = previousHashHex == null || previousHashHex.isBlank()
                ? sha256(new byte[0])
                : HEX.parseHex(previousHashHex.trim().toUpperCase(Locale.ROOT));
        byte[] current = sha256(bioValue);
        byte[] joined = new byte[previous.length + current.length];
        System.arraycopy(previous, 0, joined, 0, previous.length);
        System.arraycopy(current, 0, joined, previous.length, current.length);
        return HEX.formatHex(sha256(joined));
    }

    /** Lower-case hex SHA-256, the form Loket stores image hashes in. */
    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
