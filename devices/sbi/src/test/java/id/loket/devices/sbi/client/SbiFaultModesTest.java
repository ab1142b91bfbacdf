package id.loket.devices.sbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.simulator.SimulatorMode;
import id.loket.devices.sbi.testing.Simulators;
import id.loket.devices.sbi.wire.DeviceStatus;
import id.loket.devices.sbi.wire.SbiFinger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every simulator fault mode ends in its own typed failure. */
class SbiFaultModesTest {
    private static final CaptureSpec TWO_INDEXES =
            CaptureSpec.of("1", 0, List.of(SbiFinger.LEFT_INDEX, SbiFinger.RIGHT_INDEX)).withRequestedScore(60);

    private SbiSimulator simulator;
    private final SbiClient client = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());

    @BeforeEach
    void start() throws Exception {
        simulator = Simulators.onEphemeralPort();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private SbiException captureFails(SbiClient using, CaptureSpec spec) {
        try {
            CaptureResult unexpected = using.rcapture(simulator.port(), spec);
            throw new AssertionError("capture should have failed but returned " + unexpected);
        } catch (SbiException expected) {
            return expected;
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "wrong-transaction, sbi.transaction-mismatch",
            "stale-timestamp,   sbi.stale-timestamp",
            "missing-quality,   sbi.quality-missing",
            "bad-signature,     sbi.signature-invalid",
            "busy,              sbi.device-busy",
            "not-ready,         sbi.device-not-ready",
            "low-quality,       sbi.low-quality",
    })
    void faultModeGivesItsFailureCode(String mode, String code) {
        simulator.settings().mode(SimulatorMode.parse(mode).orElseThrow());

        assertThat(captureFails(client, TWO_INDEXES.withTransactionId("tx-" + mode)).code()).isEqualTo(code);
    }

    @Test
    void errorReplyCarriesTheDeviceCode() {
        simulator.settings().mode(SimulatorMode.ERROR);

        SbiException failure = captureFails(client, TWO_INDEXES);

        assertThat(failure.failure()).isEqualTo(SbiFailureCode.DEVICE_ERROR);
        assertThat(failure.deviceErrorCode()).contains("101");
    }

    @Test
    void lowQualityNamesEachFingerAndItsScore() {
        simulator.settings().mode(SimulatorMode.LOW_QUALITY);

        SbiException failure = captureFails(client, TWO_INDEXES.withRequestedScore(70));

        assertThat(failure.shortfalls()).extracting(QualityShortfall::finger)
                .containsExactly(SbiFinger.LEFT_INDEX, SbiFinger.RIGHT_INDEX);
        assertThat(failure.shortfalls()).allSatisfy(s -> {
            assertThat(s.qualityScore()).isLessThan(70);
            assertThat(s.requestedScore()).isEqualTo(70);
        });
        assertThat(failure.getMessage()).doesNotContain("iVBOR");
    }

    @Test
    void lowQualityForTheFirstCaptureOnlyThenARetrySucceeds() throws Exception {
        simulator.settings().lowQualityFor(1);

        assertThat(captureFails(client, TWO_INDEXES).failure()).isEqualTo(SbiFailureCode.LOW_QUALITY);
        CaptureResult retry = client.rcapture(simulator.port(), TWO_INDEXES.withTransactionId("retry-1"));

        assertThat(retry.fingers()).allSatisfy(f -> assertThat(f.qualityScore()).isGreaterThanOrEqualTo(60));
        assertThat(simulator.settings().mode()).isEqualTo(SimulatorMode.NORMAL);
    }

    @Test
    void lowQualityCanBeAcceptedWhenTheCallerDoesNotEnforceTheScore() throws Exception {
        simulator.settings().mode(SimulatorMode.LOW_QUALITY);

        CaptureResult best = client.rcapture(simulator.port(), TWO_INDEXES.withEnforceRequestedScore(false));

        assertThat(best.fingers()).allSatisfy(f -> assertThat(f.qualityScore()).isLessThan(60));
    }

    @Test
    void captureThatStallsFailsWithinItsTimeout() {
        simulator.settings().mode(SimulatorMode.TIMEOUT);
        SbiClient impatient = new SbiClient(SbiClientConfig.defaults().withCaptureGrace(Duration.ofMillis(500)),
                Clock.systemUTC());
        long started = System.nanoTime();

        SbiException failure = captureFails(impatient, TWO_INDEXES.withTimeout(Duration.ofSeconds(1)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure.failure()).isEqualTo(SbiFailureCode.TIMEOUT);
        assertThat(took).isBetween(Duration.ofMillis(1_400), Duration.ofMillis(3_000));
    }

    @Test
    void busyReplyDuringACaptureIsError111WhenReadinessIsNotAskedFirst() {
        simulator.settings().mode(SimulatorMode.BUSY);
        SbiClient direct = new SbiClient(SbiClientConfig.defaults().withCheckReadyBeforeCapture(false), Clock.systemUTC());

        SbiException failure = captureFails(direct, TWO_INDEXES);

        assertThat(failure.failure()).isEqualTo(SbiFailureCode.DEVICE_BUSY);
        assertThat(failure.deviceErrorCode()).contains("111");
    }

    @Test
    void aSecondCaptureWhileOneRunsFindsTheDeviceBusy() throws Exception {
        simulator.settings().stall(Duration.ofSeconds(3)).mode(SimulatorMode.TIMEOUT);
        SbiClient first = new SbiClient(SbiClientConfig.defaults().withCaptureGrace(Duration.ofMillis(200)), Clock.systemUTC());
        CompletableFuture<SbiException> running = CompletableFuture.supplyAsync(
                () -> captureFails(first, TWO_INDEXES.withTimeout(Duration.ofSeconds(2))));
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (client.deviceInfo(simulator.port()).getFirst().status() != DeviceStatus.BUSY
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        SbiException second = captureFails(client, TWO_INDEXES.withTransactionId("second-1"));

        assertThat(second.failure()).isEqualTo(SbiFailureCode.DEVICE_BUSY);
        assertThat(running.join().failure()).isEqualTo(SbiFailureCode.TIMEOUT);
    }

    @Test
    void unknownDeviceIdIsDeviceNotFound() {
        assertThat(captureFails(client, CaptureSpec.of("9", 0, List.of(SbiFinger.LEFT_INDEX))).failure())
                .isEqualTo(SbiFailureCode.DEVICE_NOT_FOUND);
        SbiClient direct = new SbiClient(SbiClientConfig.defaults().withCheckReadyBeforeCapture(false), Clock.systemUTC());
        SbiException fromDevice = captureFails(direct, CaptureSpec.of("9", 0, List.of(SbiFinger.LEFT_INDEX)));
        assertThat(fromDevice.failure()).isEqualTo(SbiFailureCode.DEVICE_NOT_FOUND);
        assertThat(fromDevice.deviceErrorCode()).contains("106");
    }

    @Test
    void aClockFarFromTheDevicesIsCaughtToo() {
        SbiClient skewed = new SbiClient(SbiClientConfig.defaults(),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));

        assertThat(captureFails(skewed, TWO_INDEXES).failure()).isEqualTo(SbiFailureCode.STALE_TIMESTAMP);
    }

    @Test
    void failureCodesAreStableStrings() {
        assertThatThrownBy(() -> { throw new SbiException(SbiFailureCode.HASH_MISMATCH, "x"); })
                .hasMessageStartingWith("sbi.hash-mismatch: x");
        assertThat(java.util.Arrays.stream(SbiFailureCode.values()).map(SbiFailureCode::code))
                .allMatch(c -> c.matches("sbi\\.[a-z-]+")).doesNotHaveDuplicates();
    }
}
