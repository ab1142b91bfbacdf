package id.loket.devices.sbi.jws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A parsed SBI signed block: {@code base64url(header).base64url(payload).base64url(signature)}
 * (RFC 7515 compact form), or the spec's unsigned form, just {@code base64url(payload)}.
 * Parsing checks only the form; {@link #verify(PublicKey)} checks the signature. The payload may
 * hold biometric data, so {@link #toString()} never shows it.
 */
public final class CompactJws {
    private final String algorithm;
    private final List<String> x5c;
    private final byte[] payload;
    private final byte[] signingInput;
    private final byte[] signature;

    private CompactJws(String algorithm, List<String> x5c, byte[] payload, byte[] signingInput, byte[] signature) {
        this.algorithm = algorithm;
        this.x5c = x5c;
        this.payload = payload;
        this.signingInput = signingInput;
        this.signature = signature;
    }

    /** Parses a three-part JWS or a one-part unsigned payload. */
    public static CompactJws parse(String compact, ObjectMapper mapper) throws JwsFormatException {
        if (compact == null || compact.isBlank()) {
            throw new JwsFormatException("empty signed block");
        }
        String[] parts = compact.trim().split("\\.", -1);
        if (parts.length == 1) {
            byte[] payload = decodePart(parts[0], "payload");
            return new CompactJws(null, List.of(), payload, null, null);
        }
        if (parts.length != 3) {
            throw new JwsFormatException("a JWS has 3 parts, this has " + parts.length);
        }
        byte[] headerBytes = decodePart(parts[0], "header");
        byte[] payload = decodePart(parts[1], "payload");
        byte[] signature = decodePart(parts[2], "signature");
        JsonNode header;
        try {
            header = mapper.readTree(headerBytes);
        } catch (IOException e) {
            throw new JwsFormatException("JWS header is not JSON", e);
        }
        if (header == null || !header.isObject()) {
            throw new JwsFormatException("JWS header is not a JSON object");
        }
        String alg = header.path("alg").asText(null);
        List<String> chain = new ArrayList<>();
        JsonNode x5cNode = header.path("x5c");
        if (x5cNode.isArray()) {
            x5cNode.forEach(n -> chain.add(n.asText()));
        } else if (x5cNode.isTextual()) {
            chain.add(x5cNode.asText());
        }
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        return new CompactJws(alg, List.copyOf(chain), payload, signingInput, signature);
    }

    private static byte[] decodePart(String part, String name) throws JwsFormatException {
        return Base64Url.decode(part).orElseThrow(() -> new JwsFormatException("JWS " + name + " is not base64url"));
    }

    public boolean signed() {
        return signingInput != null;
    }

    /** The header's {@code alg}, empty for an unsigned block. */
    public Optional<String> algorithm() {
        return Optional.ofNullable(algorithm);
    }

    public byte[] payload() {
        return payload.clone();
    }

    /** The {@code x5c} certificates, leaf first; a chain with a bad certificate fails. */
    public List<X509Certificate> certificates() throws JwsFormatException {
        List<X509Certificate> certs = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (String encoded : x5c) {
                // RFC 7515 says standard base64; some SBI services send base64url
                byte[] der = decodeCertificate(encoded);
                certs.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new JwsFormatException("x5c holds a certificate that does not parse", e);
        }
        return List.copyOf(certs);
    }

    private static byte[] decodeCertificate(String encoded) {
        String clean = encoded.replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(clean);
        } catch (IllegalArgumentException notStandard) {
            return Base64.getUrlDecoder().decode(clean);
        }
    }

    /** True only for a signed block whose supported algorithm verifies under the key. */
    public boolean verify(PublicKey key) {
        if (!signed() || algorithm == null) {
            return false;
        }
        Optional<JwsAlgorithm> alg = JwsAlgorithm.fromJwsName(algorithm);
        if (alg.isEmpty()) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(alg.get().jcaName());
            verifier.initVerify(key);
            verifier.update(signingInput);
            return verifier.verify(signature);
        } catch (GeneralSecurityException wrongKeyTypeOrBadSignature) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "CompactJws[alg=" + algorithm + ", x5c=" + x5c.size() + " certs, payload=<"
                + payload.length + " bytes redacted>, signed=" + signed() + "]";
    }
}
