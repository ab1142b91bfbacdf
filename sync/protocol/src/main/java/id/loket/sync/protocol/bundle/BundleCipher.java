package id.loket.sync.protocol.bundle;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The bundle's encryption, built from the JDK's primitives only: X25519 between a fresh ephemeral
 * key and the centre's bundle key, HKDF-SHA256 to an AES-256 key, and AES-256-GCM over segments
 * of at most {@link #SEGMENT_BYTES} (so neither side holds a whole bundle in memory). Segment
 * {@code i} uses the nonce {@code prefix(7) || i (4, big-endian) || last (1)} and the header as
 * associated data: segments cannot be reordered, dropped, or cut at a segment boundary unnoticed.
 */
final class BundleCipher {

    static final int SEGMENT_BYTES = 1 << 20;
    static final int TAG_BYTES = 16;
    static final int PREFIX_BYTES = 7;
    private static final byte[] INFO = "loket-bundle-1 aes-256-gcm".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;
    private final byte[] prefix;
    private final byte[] aad;

    private BundleCipher(SecretKey key, byte[] prefix, byte[] aad) {
        this.key = key;
        this.prefix = prefix.clone();
        this.aad = aad.clone();
    }

    /** The cipher of a bundle whose header (as written, {@code aad}) names these keys. */
    static BundleCipher of(PrivateKey own, PublicKey peer, PublicKey ephemeral, PublicKey recipient, byte[] prefix,
                           byte[] aad) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance(BundleKeys.ALGORITHM);
        agreement.init(own);
        agreement.doPhase(peer, true);
        byte[] shared = agreement.generateSecret();
        byte[] salt = ByteBuffer.allocate(ephemeral.getEncoded().length + recipient.getEncoded().length)
                .put(ephemeral.getEncoded()).put(recipient.getEncoded()).array();
        KDF hkdf = KDF.getInstance("HKDF-SHA256");
        SecretKey key = hkdf.deriveKey("AES",
                HKDFParameterSpec.ofExtract().addIKM(shared).addSalt(salt).thenExpand(INFO, 32));
        return new BundleCipher(key, prefix, aad);
    }

    byte[] seal(int index, boolean last, byte[] plain, int length) throws GeneralSecurityException {
        Cipher c = cipher(Cipher.ENCRYPT_MODE, index, last);
        return c.doFinal(plain, 0, length);
    }

    /** @throws AEADBadTagException when the segment was altered, cut, moved, or sealed with another key */
    byte[] open(int index, boolean last, byte[] sealed) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, index, last).doFinal(sealed);
    }

    private Cipher cipher(int mode, int index, boolean last) throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        c.updateAAD(aad);
        return c;
    }
}
