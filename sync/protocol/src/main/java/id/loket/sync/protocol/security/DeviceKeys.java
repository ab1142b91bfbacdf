package id.loket.sync.protocol.security;

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
 * Ed25519 device keys (the JDK's own implementation). Public keys travel as base64 of their X.509
 * SubjectPublicKeyInfo encoding, private keys are stored as PKCS#8 bytes (inside the device's
 * encrypted store, never on the wire).
 */
public final class DeviceKeys {

    public static final String ALGORITHM = "Ed25519";

    private DeviceKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this JVM", e);
        }
    }

    /** Base64 of the X.509 encoding: how a public key is sent at enrollment. */
    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * Reads a public key sent at enrollment.
     *
     * @throws IllegalArgumentException when the text is not an Ed25519 public key
     */
    public static PublicKey decodePublic(String base64) {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** PKCS#8 bytes of a private key, for the device's encrypted store. */
    public static byte[] encodePrivate(PrivateKey key) {
        return key.getEncoded();
    }

    /**
     * Reads a private key from its PKCS#8 bytes.
     *
     * @throws IllegalArgumentException when the bytes are not an Ed25519 private key
     */
    public static PrivateKey decodePrivate(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | NullPointerException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }
}
