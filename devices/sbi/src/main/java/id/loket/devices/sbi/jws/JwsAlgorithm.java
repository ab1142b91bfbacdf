package id.loket.devices.sbi.jws;

import java.util.Arrays;
import java.util.Optional;

/**
 * The JWS algorithms the SBI spec's cryptography table allows (RSA >= 2048, ECC) mapped to JCA
 * names. {@code none} and anything else are refused.
 */
public enum JwsAlgorithm {
    RS256("RS256", "SHA256withRSA"),
    ES256("ES256", "SHA256withECDSAinP1363Format"),
    EDDSA("EdDSA", "Ed25519");

    private final String jwsName;
    private final String jcaName;

    JwsAlgorithm(String jwsName, String jcaName) {
        this.jwsName = jwsName;
        this.jcaName = jcaName;
    }

    public String jwsName() {
        return jwsName;
    }

    public String jcaName() {
        return jcaName;
    }

    public static Optional<JwsAlgorithm> fromJwsName(String name) {
        return Arrays.stream(values()).filter(a -> a.jwsName.equals(name)).findFirst();
    }
}
