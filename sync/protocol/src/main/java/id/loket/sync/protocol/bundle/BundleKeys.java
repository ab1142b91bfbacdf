package id.loket.sync.protocol.bundle;

import id.loket.sync.protocol.Sha256;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The centre's X25519 bundle key (the JDK's own implementation): devices encrypt bundles to its
 * public half. Public keys travel as base64 X.509, private keys are kept as PKCS#8 bytes. A key's
 * id (the first 16 hex digits of the SHA-256 of its X.509 encoding) names it in a bundle header,
 * so a bundle made for another centre is recognised without trying to decrypt it.
 */
public final class BundleKeys {

    public static final String ALGORITHM = "X25519";

    private BundleKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is missing from this JVM", e);
        }
    }

    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** @throws IllegalArgumentException when the text is not an X25519 public key */
    public static PublicKey decodePublic(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not an X25519 public key", e);
        }
    }

    /** @throws IllegalArgumentException when the bytes are not an X25519 private key */
    public static PrivateKey decodePrivate(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | NullPointerException e) {
            throw new IllegalArgumentException("not an X25519 private key", e);
        }
    }

    /** The short id of a public key, as written in bundle headers. */
    public static String keyId(PublicKey key) {
        return Sha256.hex(key.getEncoded()).substring(0, 16);
    }
}
