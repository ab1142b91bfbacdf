package id.loket.sync.protocol.bundle;

import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.security.RequestSigning;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Writes one bundle: the signed manifest first, then every entry, encrypted to the centre's
 * bundle key as it goes. Only {@link #finish()} writes the trailer, so a writer that stopped
 * half way leaves a file every reader refuses as truncated. The caller owns the stream.
 */
public final class BundleWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataOutputStream out;
    private final BundleCipher cipher;
    private final byte[] buffer = new byte[BundleCipher.SEGMENT_BYTES];
    private int buffered;
    private int index;
    private long written;
    private boolean finished;

    private BundleWriter(DataOutputStream out, BundleCipher cipher, long written) {
        this.out = out;
        this.cipher = cipher;
        this.written = written;
    }

    /** Starts a bundle for the centre whose bundle public key is {@code centreKey}. */
    public static BundleWriter create(OutputStream sink, PublicKey centreKey) throws IOException {
        KeyPair ephemeral = BundleKeys.generate();
        byte[] prefix = new byte[BundleCipher.PREFIX_BYTES];
        RANDOM.nextBytes(prefix);
        byte[] header = CanonicalJson.bytes(new BundleHeader(BundleManifest.FORMAT, BundleKeys.keyId(centreKey),
                BundleKeys.encodePublic(ephemeral.getPublic()), Base64.getEncoder().encodeToString(prefix)));
        try {
            BundleCipher cipher = BundleCipher.of(ephemeral.getPrivate(), centreKey, ephemeral.getPublic(), centreKey,
                    prefix, header);
            DataOutputStream out = new DataOutputStream(sink);
            out.write(BundleFile.MAGIC);
            out.writeShort(header.length);
            out.write(header);
            return new BundleWriter(out, cipher, BundleFile.MAGIC.length + 2L + header.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot encrypt to this centre key", e);
        }
    }

    /** The device's Ed25519 signature of a manifest's canonical JSON, as the signature entry holds it (base64). */
    public static byte[] sign(byte[] manifestJson, PrivateKey deviceKey) {
        return RequestSigning.sign(deviceKey, manifestJson).getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the manifest and its signature by the device key: call first. */
    public void manifest(BundleManifest manifest, PrivateKey deviceKey) throws IOException {
        byte[] json = CanonicalJson.bytes(manifest);
        manifest(json, sign(json, deviceKey));
    }

    /** Writes manifest bytes with a given signature (tests write forged ones this way). */
    public void manifest(byte[] manifestJson, byte[] signature) throws IOException {
        entry(BundleFile.MANIFEST, manifestJson);
        entry(BundleFile.SIGNATURE, signature);
    }

    /** Writes one entry ({@code record/<seq>} or {@code blob/<sha256>}). */
    public void entry(String name, byte[] data) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        plain(new byte[] {(byte) (n.length >>> 8), (byte) n.length});
        plain(n);
        plain(java.nio.ByteBuffer.allocate(8).putLong(data.length).array());
        plain(data);
    }

    /** Seals the last segment and writes the end marker, the length and the trailer; then flushes. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        seal(true);
        out.writeInt(0);
        written += 4;
        out.writeLong(written);
        out.write(BundleFile.TRAILER);
        out.flush();
        finished = true;
    }

    private void plain(byte[] data) throws IOException {
        int at = 0;
        while (at < data.length) {
            if (buffered == buffer.length) {
                seal(false);
            }
            int n = Math.min(data.length - at, buffer.length - buffered);
            System.arraycopy(data, at, buffer, buffered, n);
            buffered += n;
            at += n;
        }
    }

    private void seal(boolean last) throws IOException {
        try {
            byte[] sealed = cipher.seal(index++, last, buffer, buffered);
            out.writeInt(sealed.length);
            out.write(sealed);
            written += 4L + sealed.length;
            buffered = 0;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }
}
