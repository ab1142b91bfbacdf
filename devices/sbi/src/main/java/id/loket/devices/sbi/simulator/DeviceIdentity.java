package id.loket.devices.sbi.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.devices.sbi.jws.JwsAlgorithm;
import id.loket.devices.sbi.jws.JwsSigner;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The simulator's keys: a self-signed "device provider" CA and an RSA-2048 device key whose
 * certificate that CA issued. The device key signs the digital ID, device info and capture data
 * (RS256, x5c = [device certificate]), as an L0 registration device does. Fresh keys every run:
 * a client that pins the provider certificate must take it from this run
 * ({@link #providerCertificate()}, or {@code --write-provider-cert}).
 */
public final class DeviceIdentity {
    private final X509Certificate providerCertificate;
    private final X509Certificate deviceCertificate;
    private final JwsSigner signer;

    private DeviceIdentity(X509Certificate providerCertificate, X509Certificate deviceCertificate, JwsSigner signer) {
        this.providerCertificate = providerCertificate;
        this.deviceCertificate = deviceCertificate;
        this.signer = signer;
    }

    /** New provider CA and device key, valid from a day before {@code now} for a year. */
    public static DeviceIdentity generate(String serialNo, Instant now, ObjectMapper mapper) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair provider = generator.generateKeyPair();
            KeyPair device = generator.generateKeyPair();
            Instant from = now.minus(Duration.ofDays(1));
            Instant to = now.plus(Duration.ofDays(365));
            String providerCn = "Loket SBI Simulator Provider CA";
            X509Certificate providerCert = CertificateMinter.issue(providerCn, provider.getPublic(), providerCn,
                    provider.getPrivate(), new BigInteger(63, new SecureRandom()), from, to, true);
            X509Certificate deviceCert = CertificateMinter.issue("Loket SBI Simulator " + serialNo, device.getPublic(),
                    providerCn, provider.getPrivate(), new BigInteger(63, new SecureRandom()), from, to, false);
            JwsSigner signer = new JwsSigner(JwsAlgorithm.RS256, device.getPrivate(), List.of(deviceCert), mapper);
            return new DeviceIdentity(providerCert, deviceCert, signer);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    public X509Certificate providerCertificate() {
        return providerCertificate;
    }

    public X509Certificate deviceCertificate() {
        return deviceCertificate;
    }

    public JwsSigner signer() {
        return signer;
    }
}
