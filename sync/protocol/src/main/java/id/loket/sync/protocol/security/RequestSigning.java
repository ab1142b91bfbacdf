package id.loket.sync.protocol.security;

import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.BlobPack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Locale;

/**
 * Signs and verifies device requests. The signed payload binds the method, the path with its
 * query, the device id, the timestamp and the SHA-256 of the body as sent:
 * <pre>
 * LOKET-SIG-1\n{METHOD}\n{path?query}\n{deviceId}\n{timestamp}\n{content sha256 hex}
 * </pre>
 * so a captured request cannot be replayed against another endpoint or with another body.
 * Replaying the same request is harmless: every device endpoint is idempotent.
 */
public final class RequestSigning {

    private static final String PREFIX = "LOKET-SIG-1";

    private RequestSigning() {
    }

    /** The exact bytes that are signed. */
    public static byte[] payload(String method, String pathAndQuery, String deviceId, String timestamp,
                                 String contentSha256) {
        String text = String.join("\n", PREFIX, method.toUpperCase(Locale.ROOT), pathAndQuery, deviceId,
                timestamp, contentSha256);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The content hash signed for a request to {@code path} with this body: for a blob pack the
     * hash of its head, whose manifest names every blob's hash (ADR 0018); else the body's.
     */
    public static String contentSha256(String path, byte[] body) {
        if (path.equals(Paths.BLOB_PACKS)) {
            int head = BlobPack.headLength(body);
            if (head > 0) {
                return Sha256.hex(body, 0, head);
            }
        }
        return Sha256.hex(body);
    }

    /** Base64 Ed25519 signature of the payload. */
    public static String sign(PrivateKey key, byte[] payload) {
        try {
            Signature s = Signature.getInstance(DeviceKeys.ALGORITHM);
            s.initSign(key);
            s.update(payload);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    /** True only when {@code signatureBase64} is a valid signature of the payload by {@code key}. */
    public static boolean verify(PublicKey key, byte[] payload, String signatureBase64) {
        if (signatureBase64 == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(DeviceKeys.ALGORITHM);
            s.initVerify(key);
            s.update(payload);
            return s.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
