package id.loket.desktop.capture.fingerprint;

import id.loket.core.CoreServices;
import id.loket.core.audit.AuditEntry;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerSet;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.desktop.capture.BiometricSteps;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.demo.SimulatedScanner;
import id.loket.desktop.support.TestCore;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiClientConfig;
import id.loket.devices.sbi.simulator.SimulatorMode;
import id.loket.devices.sbi.simulator.SimulatorSettings;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint step against the simulated SBI device over real HTTP and a real store. */
class FingerprintStepViewModelTest {

    private static final String PASSWORD = Staff.PASSWORD;

    @TempDir
    Path home;
    private CoreServices core;
    private SbiClient client;
    private SimulatedScanner device;
    private Officer officer;
    private FingerprintStepViewModel model;

    @BeforeEach
    void open() throws Exception {
        core = TestCore.open(home);
        officer = Staff.hire(core);
        client = new SbiClient(SbiClientConfig.defaults().withCaptureGrace(Duration.ofMillis(300)), Clock.systemUTC());
        device = SimulatedScanner.onAnyPort(new SimulatorSettings(7).captureDelay(Duration.ofMillis(20))
                .stall(Duration.ofSeconds(20)), client, Clock.systemUTC());
        model = steps(device.scanner(), FingerprintPolicy.DEFAULT).fingerprints();
        model.load(FingerprintCapture.pending(FingerSet.FOUR), officer);
    }

    private BiometricSteps steps(FingerprintScanner scanner, FingerprintPolicy policy) {
        return new BiometricSteps(core, new SameThreadTaskRunner(), scanner, TestCore.CLOCK, policy,
                id.loket.core.photo.PhotoPolicy.DEFAULT);
    }

    @AfterEach
    void close() {
        device.close();
        client.close();
        core.close();
    }

    private FingerCapture finger(Finger f) {
        return model.captureProperty().get().finger(f);
    }

    private List<AuditEntry> audit(String action) {
        return core.audit().entries().stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void capturesAllRemainingFingersAndStoresEachImageFirst() {
        model.captureRemaining();

        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo(Message.of("fingerprint.captured", 4));
        FingerprintCapture capture = model.captureProperty().get();
        assertThat(capture.complete()).isTrue();
        for (Finger f : FingerSet.FOUR.fingers()) {
            FingerCapture c = capture.finger(f);
            assertThat(c.status()).isEqualTo(FingerStatus.CAPTURED);
            assertThat(c.quality()).isBetween(60, 100);
            assertThat(c.attempts()).isEqualTo(1);
            assertThat(c.deviceId()).isEqualTo(device.serialNo());
            byte[] image = core.blobs().get(c.imageHash()).orElseThrow();
            assertThat(Sha256.hex(image)).isEqualTo(c.imageHash());
            assertThat(core.blobs().mediaType(c.imageHash())).contains("image/png");
        }
        assertThat(model.deviceProperty().get().port()).isEqualTo(device.port());
        model.captureRemaining();
        assertThat(model.messageProperty().get()).isEqualTo(Message.of("fingerprint.allDone"));
    }

    @Test
    void lowQualityIsCountedAndARetrySucceeds() {
        device.settings().lowQualityFor(1);
        model.selectedProperty().set(Finger.LEFT_INDEX);

        model.captureSelected();

        FingerCapture tried = finger(Finger.LEFT_INDEX);
        assertThat(tried.status()).isEqualTo(FingerStatus.PENDING);
        assertThat(tried.attempts()).isEqualTo(1);
        assertThat(tried.imageHash()).isNull();
        assertThat(tried.quality()).isLessThan(60);
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("fingerprint.lowQuality.retry",
                Finger.LEFT_INDEX, tried.quality(), 60, 1, 3));
        assertThat(model.retryOffered(Finger.LEFT_INDEX)).isTrue();
        assertThat(model.exceptionAllowed(Finger.LEFT_INDEX, ExceptionReason.UNREADABLE)).isFalse();

        model.captureSelected();

        FingerCapture kept = finger(Finger.LEFT_INDEX);
        assertThat(kept.status()).isEqualTo(FingerStatus.CAPTURED);
        assertThat(kept.attempts()).isEqualTo(2);
        assertThat(core.blobs().exists(kept.imageHash())).isTrue();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.selectedProperty().get()).isNotEqualTo(Finger.LEFT_INDEX);
    }

    @Test
    void theThresholdIsConfigurableAndSentToTheDevice() {
        model.thresholdProperty().set(90);
        model.selectedProperty().set(Finger.RIGHT_THUMB);
        model.captureSelected();
        assertThat(finger(Finger.RIGHT_THUMB).status()).isEqualTo(FingerStatus.CAPTURED);
        assertThat(finger(Finger.RIGHT_THUMB).quality()).isBetween(90, 100);

        device.settings().lowQualityFor(1);
        model.thresholdProperty().set(30);
        model.selectedProperty().set(Finger.LEFT_THUMB);
        model.captureSelected();
        assertThat(finger(Finger.LEFT_THUMB).status()).isEqualTo(FingerStatus.PENDING);
        assertThat(finger(Finger.LEFT_THUMB).quality()).isLessThan(30);
    }

    @Test
    void anUnreadableFingerBecomesAnExceptionOnlyASupervisorConfirms() {
        device.settings().lowQualityFor(10);
        model.selectedProperty().set(Finger.RIGHT_INDEX);
        model.recordException(Finger.RIGHT_INDEX, ExceptionReason.UNREADABLE);
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("fingerprint.exception.tooEarly",
                Finger.RIGHT_INDEX, 3));
        for (int i = 0; i < 3; i++) {
            model.captureSelected();
        }
        assertThat(model.errorProperty().get().key()).isEqualTo("fingerprint.lowQuality.exhausted");
        assertThat(model.retryOffered(Finger.RIGHT_INDEX)).isFalse();

        model.recordException(Finger.RIGHT_INDEX, ExceptionReason.UNREADABLE);
        FingerCapture recorded = finger(Finger.RIGHT_INDEX);
        assertThat(recorded.status()).isEqualTo(FingerStatus.EXCEPTION);
        assertThat(recorded.exceptionReason()).isEqualTo("UNREADABLE");
        assertThat(recorded.attempts()).isEqualTo(3);
        assertThat(recorded.resolved()).isFalse();
        assertThat(audit("fingerprint.exception.recorded")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("budi"));

        model.confirmException(Finger.RIGHT_INDEX, "budi", PASSWORD.toCharArray());
        assertThat(model.errorProperty().get().key()).isEqualTo("workflow.exception.notSupervisor");
        assertThat(finger(Finger.RIGHT_INDEX).resolved()).isFalse();
        assertThat(audit("fingerprint.exception.refused")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("budi"));

        model.confirmException(Finger.RIGHT_INDEX, "sari", "salah-salah".toCharArray());
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("fingerprint.supervisor.failed", 4));
        assertThat(finger(Finger.RIGHT_INDEX).resolved()).isFalse();

        char[] password = PASSWORD.toCharArray();
        model.confirmException(Finger.RIGHT_INDEX, "sari", password);
        assertThat(password).containsOnly('\0');
        FingerCapture confirmed = finger(Finger.RIGHT_INDEX);
        assertThat(confirmed.confirmedBy()).isEqualTo("sari");
        assertThat(confirmed.resolved()).isTrue();
        assertThat(model.selectedProperty().get()).isNotEqualTo(Finger.RIGHT_INDEX);
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo(Message.of("fingerprint.exception.confirmed",
                Finger.RIGHT_INDEX, "sari"));
        assertThat(audit("fingerprint.exception.confirmed")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("sari");
            assertThat(e.details()).containsEntry("finger", "RIGHT_INDEX").containsEntry("reason", "UNREADABLE");
        });
        assertThat(audit("login.success")).extracting(AuditEntry::actor).contains("sari");
        assertThat(core.audit().verify().ok()).isTrue();
    }

    @Test
    void aMissingFingerMayBeExceptedAtOnceButNotACapturedOne() {
        model.recordException(Finger.LEFT_THUMB, ExceptionReason.AMPUTATED);
        assertThat(finger(Finger.LEFT_THUMB).status()).isEqualTo(FingerStatus.EXCEPTION);
        assertThat(finger(Finger.LEFT_THUMB).attempts()).isZero();
        assertThat(model.selectedProperty().get()).as("stays selected for the supervisor").isEqualTo(Finger.LEFT_THUMB);

        model.selectedProperty().set(Finger.RIGHT_THUMB);
        model.captureSelected();
        assertThat(model.exceptionAllowed(Finger.RIGHT_THUMB, ExceptionReason.INJURED)).isFalse();
        model.recordException(Finger.RIGHT_THUMB, ExceptionReason.INJURED);
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("fingerprint.exception.notPending",
                Finger.RIGHT_THUMB));
        assertThat(finger(Finger.RIGHT_THUMB).status()).isEqualTo(FingerStatus.CAPTURED);
    }

    @Test
    void aBusyDeviceSaysSoAndCountsNoAttempt() {
        device.settings().mode(SimulatorMode.BUSY);
        model.captureRemaining();

        assertThat(model.errorProperty().get()).isEqualTo(Message.of("sbi.device-busy", ""));
        assertThat(model.captureProperty().get().fingers()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(FingerStatus.PENDING);
            assertThat(c.attempts()).isZero();
        });
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aDeviceThatStallsTimesOut() {
        device.settings().mode(SimulatorMode.TIMEOUT);
        FingerprintStepViewModel quick = steps(device.scanner(),
                FingerprintPolicy.DEFAULT.withCaptureTimeout(Duration.ofMillis(700))).fingerprints();
        quick.load(FingerprintCapture.pending(FingerSet.TWO_INDEX), officer);

        quick.captureSelected();

        assertThat(quick.errorProperty().get()).isEqualTo(Message.of("sbi.timeout", ""));
        assertThat(quick.captureProperty().get().unresolved()).hasSize(2);
        assertThat(quick.deviceProperty().get()).isNull();
    }

    @Test
    void noScannerAtAllIsAClearMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FingerprintStepViewModel none = steps(new SbiFingerprintScanner(client, PortRange.single(closedPort),
                Duration.ofMillis(200)), FingerprintPolicy.DEFAULT).fingerprints();
        none.load(FingerprintCapture.pending(FingerSet.TWO_INDEX), officer);

        none.captureRemaining();

        assertThat(none.errorProperty().get()).isEqualTo(Message.of(FingerprintStepViewModel.NO_DEVICE, ""));
    }
}
