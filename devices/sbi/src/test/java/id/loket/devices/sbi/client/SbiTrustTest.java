package id.loket.devices.sbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.testing.Simulators;
import id.loket.devices.sbi.wire.SbiFinger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Anchored trust: signatures must chain to a known device-provider certificate. */
class SbiTrustTest {
    private SbiSimulator simulator;
    private SbiSimulator stranger;

    @BeforeEach
    void start() throws Exception {
        simulator = Simulators.onEphemeralPort();
        stranger = Simulators.onEphemeralPort();
    }

    @AfterEach
    void stop() {
        simulator.close();
        stranger.close();
    }

    private SbiClient clientTrusting(SbiSimulator provider) {
        return new SbiClient(SbiClientConfig.defaults()
                .withTrust(TrustPolicy.anchoredIn(List.of(provider.providerCertificate()))), Clock.systemUTC());
    }

    @Test
    void deviceSignedUnderATrustedProviderIsMarkedTrusted() throws Exception {
        CaptureResult result = clientTrusting(simulator).rcapture(simulator.port(),
                CaptureSpec.of("1", 3, List.of(SbiFinger.LEFT_THUMB, SbiFinger.RIGHT_THUMB)));

        assertThat(result.deviceTrusted()).isTrue();
        assertThat(clientTrusting(simulator).deviceInfo(simulator.port())).hasSize(1);
    }

    @Test
    void deviceOfAnUnknownProviderIsRefused() {
        SbiClient client = clientTrusting(stranger);

        assertThatThrownBy(() -> client.deviceInfo(simulator.port()))
                .isInstanceOfSatisfying(SbiException.class, e -> assertThat(e.code()).isEqualTo("sbi.untrusted-device"));
        SbiClient skipInfo = new SbiClient(client.config().withCheckReadyBeforeCapture(false), Clock.systemUTC());
        assertThatThrownBy(() -> skipInfo.rcapture(simulator.port(), CaptureSpec.of("1", 3, List.of(SbiFinger.LEFT_THUMB))))
                .isInstanceOfSatisfying(SbiException.class, e -> assertThat(e.code()).isEqualTo("sbi.untrusted-device"));
    }

    @Test
    void anExpiredDeviceCertificateIsRefused() {
        SbiClient inTwoYears = new SbiClient(SbiClientConfig.defaults()
                .withTrust(TrustPolicy.anchoredIn(List.of(simulator.providerCertificate())))
                .withCheckReadyBeforeCapture(false)
                .withMaxClockSkew(Duration.ofDays(1000)),
                Clock.offset(Clock.systemUTC(), Duration.ofDays(730)));

        assertThatThrownBy(() -> inTwoYears.rcapture(simulator.port(), CaptureSpec.of("1", 3, List.of(SbiFinger.LEFT_THUMB))))
                .isInstanceOfSatisfying(SbiException.class, e -> assertThat(e.failure()).isEqualTo(SbiFailureCode.UNTRUSTED_DEVICE));
    }

    @Test
    void anchoredPolicyNeedsAnAnchor() {
        assertThatThrownBy(() -> TrustPolicy.anchoredIn(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(TrustPolicy.signatureOnly().requiresAnchor()).isFalse();
    }
}
