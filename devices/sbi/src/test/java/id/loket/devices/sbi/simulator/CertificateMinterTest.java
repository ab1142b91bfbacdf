package id.loket.devices.sbi.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.devices.sbi.wire.SbiJson;
import java.security.SignatureException;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class CertificateMinterTest {

    @Test
    void deviceCertificateIsIssuedByTheProviderCa() throws Exception {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        DeviceIdentity identity = DeviceIdentity.generate("LKTSIM000042", now, SbiJson.newMapper());

        var provider = identity.providerCertificate();
        var device = identity.deviceCertificate();

        device.verify(provider.getPublicKey());
        provider.verify(provider.getPublicKey());
        assertThat(device.getIssuerX500Principal()).isEqualTo(provider.getSubjectX500Principal());
        assertThat(device.getSubjectX500Principal().getName()).contains("LKTSIM000042");
        assertThat(provider.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(device.getBasicConstraints()).isEqualTo(-1);
        assertThat(device.getSigAlgName()).isEqualTo("SHA256withRSA");
        device.checkValidity(Date.from(now));
        assertThat(device.getVersion()).isEqualTo(3);
    }

    @Test
    void aDifferentIdentityDidNotIssueIt() {
        Instant now = Instant.now();
        DeviceIdentity one = DeviceIdentity.generate("LKTSIM000001", now, SbiJson.newMapper());
        DeviceIdentity other = DeviceIdentity.generate("LKTSIM000002", now, SbiJson.newMapper());

        assertThatThrownBy(() -> one.deviceCertificate().verify(other.providerCertificate().getPublicKey()))
                .isInstanceOf(SignatureException.class);
    }

    @Test
    void datesFrom2050UseGeneralizedTime() {
        assertThat(Der.time(Instant.parse("2049-12-31T23:59:59Z"))[0]).isEqualTo((byte) 0x17);
        assertThat(Der.time(Instant.parse("2050-01-01T00:00:00Z"))[0]).isEqualTo((byte) 0x18);
        assertThat(Der.oid("1.2.840.113549.1.1.11"))
                .containsExactly(0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B);
    }
}
