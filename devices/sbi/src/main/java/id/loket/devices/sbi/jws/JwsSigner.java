package id.loket.devices.sbi.jws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * Makes compact JWS values the way the SBI spec asks: header {@code {"alg","typ":"JWT","x5c":[...]}}
 * with the signing certificate first. Used by the simulator as its "device key".
 */
public final class JwsSigner {
    private final JwsAlgorithm algorithm;
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final ObjectMapper mapper;

    public JwsSigner(JwsAlgorithm algorithm, PrivateKey key, List<X509Certificate> chain, ObjectMapper mapper) {
        this.algorithm = algorithm;
        this.key = key;
        this.chain = List.copyOf(chain);
        this.mapper = mapper;
    }

    /** Signs the JSON form of {@code payload}. */
    public String signJson(Object payload) {
        try {
            return sign(mapper.writeValueAsBytes(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload does not serialise to JSON", e);
        }
    }

    public String sign(byte[] payload) {
        try {
            ObjectNode header = mapper.createObjectNode();
            header.put("alg", algorithm.jwsName());
            header.put("typ", "JWT");
            var x5c = header.putArray("x5c");
            for (X509Certificate cert : chain) {
                x5c.add(Base64.getEncoder().encodeToString(cert.getEncoded()));
            }
            String signingInput = Base64Url.encode(mapper.writeValueAsBytes(header)) + "." + Base64Url.encode(payload);
            Signature signer = Signature.getInstance(algorithm.jcaName());
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64Url.encode(signer.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot sign with " + algorithm.jwsName(), e);
        }
    }

    /** The spec's unsigned form: just {@code base64url(payload)}. */
    public static String unsigned(byte[] payload) {
        return Base64Url.encode(payload);
    }
}
