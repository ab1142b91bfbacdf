package id.loket.devices.sbi.simulator;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Mints RSA (sha256WithRSAEncryption) X.509 v3 certificates for the simulator's stand-in trust
 * chain: a "device provider" CA and the device key certificate it issues, mirroring how a real
 * vendor's device certificate is issued by its provider certificate.
 */
public final class CertificateMinter {
    private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";

    private CertificateMinter() {
    }

    /**
     * Issues a certificate for {@code subjectKey} signed by {@code issuerKey}; {@code ca} sets
     * basicConstraints cA=true (critical).
     */
    public static X509Certificate issue(String subjectCn, PublicKey subjectKey, String issuerCn, PrivateKey issuerKey,
                                        BigInteger serial, Instant notBefore, Instant notAfter, boolean ca) {
        byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_RSA), Der.nul());
        byte[] basicConstraints = Der.sequence(
                Der.oid(BASIC_CONSTRAINTS), Der.bool(true),
                Der.octetString(ca ? Der.sequence(Der.bool(true)) : Der.sequence()));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(serial),
                algorithm,
                name(issuerCn),
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                name(subjectCn),
                subjectKey.getEncoded(),
                Der.explicit(3, Der.sequence(basicConstraints)));
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(issuerKey);
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot mint certificate for " + subjectCn, e);
        }
    }

    private static byte[] name(String commonName) {
        return Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
    }
}
