package id.loket.sync.protocol.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.security.RequestSigning;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A receipt file: the {@link BundleReceipt} and the centre's Ed25519 signature (base64) of its
 * canonical JSON. It holds only ids, hashes and outcomes, so it is not encrypted.
 */
public record SignedReceipt(BundleReceipt receipt, String signature) {

    private static final ObjectMapper MAPPER = CanonicalJson.newMapper();

    public SignedReceipt {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(signature, "signature");
    }

    public static SignedReceipt sign(BundleReceipt receipt, PrivateKey centreKey) {
        return new SignedReceipt(receipt, RequestSigning.sign(centreKey, CanonicalJson.bytes(receipt)));
    }

    /** True only when the signature is the centre's ({@code centreKey}) over this very receipt. */
    public boolean verifies(PublicKey centreKey) {
        return RequestSigning.verify(centreKey, CanonicalJson.bytes(receipt), signature);
    }

    /** The file's bytes (canonical JSON). */
    public byte[] toBytes() {
        return CanonicalJson.bytes(this);
    }

    /** @throws IllegalArgumentException when the bytes are not a receipt file */
    public static SignedReceipt parse(byte[] bytes) {
        try {
            SignedReceipt r = MAPPER.readValue(bytes, SignedReceipt.class);
            if (!BundleReceipt.FORMAT.equals(r.receipt().format())) {
                throw new IllegalArgumentException("not a " + BundleReceipt.FORMAT + " file");
            }
            return r;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a Loket bundle receipt", e);
        }
    }
}
