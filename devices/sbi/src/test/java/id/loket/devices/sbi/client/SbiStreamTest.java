package id.loket.devices.sbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.simulator.SimulatorMode;
import id.loket.devices.sbi.testing.Simulators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SbiStreamTest {
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

    @Test
    void previewFramesAreJpegsAndStopAtTheRequestedCount() throws Exception {
        List<byte[]> frames = new ArrayList<>();

        int count = client.stream(simulator.port(), "1", "1", Duration.ofSeconds(10), 3, frames::add);

        assertThat(count).isEqualTo(3);
        assertThat(frames).hasSize(3).allSatisfy(f -> assertThat(ImageFormats.mediaType(f)).isEqualTo(ImageFormats.JPEG));
    }

    @Test
    void streamEndsWhenTheDeviceTimesOut() throws Exception {
        long started = System.nanoTime();

        int count = client.stream(simulator.port(), "1", "2", Duration.ofMillis(500), 100, f -> { });

        assertThat(count).isBetween(1, 4);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void unknownDeviceAndBusyDeviceAreTypedFailures() {
        assertThatThrownBy(() -> client.stream(simulator.port(), "9", "1", Duration.ofSeconds(1), 1, f -> { }))
                .isInstanceOfSatisfying(SbiException.class, e -> {
                    assertThat(e.failure()).isEqualTo(SbiFailureCode.DEVICE_NOT_FOUND);
                    assertThat(e.deviceErrorCode()).contains("202");
                });
        simulator.settings().mode(SimulatorMode.NOT_READY);
        assertThatThrownBy(() -> client.stream(simulator.port(), "1", "1", Duration.ofSeconds(1), 1, f -> { }))
                .isInstanceOfSatisfying(SbiException.class,
                        e -> assertThat(e.failure()).isEqualTo(SbiFailureCode.DEVICE_NOT_READY));
    }

    @Test
    void readerAcceptsRfcAndSpecStyleBoundaries() throws Exception {
        String body = "preamble\r\n----BoundaryString\r\nContent-Type: image/jpeg\r\nContent-Length: 3\r\n\r\nabc\r\n"
                + "--BoundaryString\r\ncontent-length:2\r\n\r\nde\r\n";
        MultipartFrameReader reader = new MultipartFrameReader(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
                "multipart/x-mixed-replace; boundary=--BoundaryString");

        assertThat(reader.next()).hasValueSatisfying(f -> assertThat(new String(f, StandardCharsets.US_ASCII)).isEqualTo("abc"));
        assertThat(reader.next()).hasValueSatisfying(f -> assertThat(new String(f, StandardCharsets.US_ASCII)).isEqualTo("de"));
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void mediaTypesAreRecognisedByMagicBytes() {
        assertThat(ImageFormats.mediaType(new byte[] {'F', 'I', 'R', 0, '0', '2', '0', 0})).isEqualTo(ImageFormats.ISO_19794_4);
        assertThat(ImageFormats.mediaType(new byte[] {(byte) 0xFF, (byte) 0xA0, 1})).isEqualTo(ImageFormats.WSQ);
        assertThat(ImageFormats.mediaType(new byte[] {1, 2})).isEqualTo(ImageFormats.UNKNOWN);
    }
}
