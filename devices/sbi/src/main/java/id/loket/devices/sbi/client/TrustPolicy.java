package id.loket.devices.sbi.client;

import id.loket.devices.sbi.jws.CompactJws;
import id.loket.devices.sbi.jws.JwsAlgorithm;
import id.loket.devices.sbi.jws.JwsFormatException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far the client trusts a device's signatures. Both policies always verify each signed
 * block against the first certificate of its {@code x5c} header (so a block altered after
 * signing is refused); they differ in whether that certificate must chain to a known device
 * provider.
 *
 * <ul>
 *   <li>{@link #signatureOnly()}: integrity only. Any certificate is accepted; results say
 *       {@code deviceTrusted=false}. For the simulator and for counters that have no trust store.</li>
 *   <li>{@link #anchoredIn(Collection)}: the certificate must be valid now and chain (PKIX, no
 *       revocation check) to one of the given provider certificates, as MOSIP's registration
 *       client does with its device trust store.</li>
 * </ul>
 */
public final class TrustPolicy {
    private final Set<TrustAnchor> anchors;
    private final Set<X509Certificate> anchorCertificates;

    private TrustPolicy(Collection<X509Certificate> anchorCertificates) {
        this.anchorCertificates = Set.copyOf(anchorCertificates);
        this.anchors = this.anchorCertificates.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
    }

    public static TrustPolicy signatureOnly() {
        return new TrustPolicy(List.of());
    }

    public static TrustPolicy anchoredIn(Collection<X509Certificate> providerCertificates) {
        if (providerCertificates.isEmpty()) {
            throw new IllegalArgumentException("an anchored policy needs at least one provider certificate");
        }
        return new TrustPolicy(providerCertificates);
    }

    public boolean requiresAnchor() {
        return !anchors.isEmpty();
    }

    /**
     * Verifies a signed block.
     *
     * @return true when the signer chains to a trust anchor, false when only the signature was checked
     * @throws SbiException {@link SbiFailureCode#SIGNATURE_INVALID} or {@link SbiFailureCode#UNTRUSTED_DEVICE}
     */
    boolean verify(CompactJws jws, String what, java.time.Instant now) throws SbiException {
        if (!jws.signed()) {
            throw new SbiException(SbiFailureCode.SIGNATURE_INVALID, what + " is not signed");
        }
        String alg = jws.algorithm().orElse("");
        if (JwsAlgorithm.fromJwsName(alg).isEmpty()) {
            throw new SbiException(SbiFailureCode.SIGNATURE_INVALID, what + " uses unsupported alg '" + alg + "'");
        }
        List<X509Certificate> chain;
        try {
            chain = jws.certificates();
        } catch (JwsFormatException e) {
            throw new SbiException(SbiFailureCode.SIGNATURE_INVALID, what + ": " + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw new SbiException(SbiFailureCode.SIGNATURE_INVALID, what + " has no x5c certificate");
        }
        if (!jws.verify(chain.getFirst().getPublicKey())) {
            throw new SbiException(SbiFailureCode.SIGNATURE_INVALID, what + " signature does not verify");
        }
        if (anchors.isEmpty()) {
            return false;
        }
        checkChain(chain, what, now);
        return true;
    }

    private void checkChain(List<X509Certificate> chain, String what, java.time.Instant now) throws SbiException {
        try {
            chain.getFirst().checkValidity(Date.from(now));
            if (anchorCertificates.contains(chain.getFirst())) {
                return;
            }
            List<X509Certificate> path = chain.stream().filter(c -> !anchorCertificates.contains(c)).toList();
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (GeneralSecurityException e) {
            throw new SbiException(SbiFailureCode.UNTRUSTED_DEVICE,
                    what + " certificate is not trusted: " + e.getClass().getSimpleName(), e);
        }
    }
}
