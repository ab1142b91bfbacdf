package id.loket.devices.sbi.client;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.testing.Simulators;
import id.loket.devices.sbi.wire.CaptureHash;
import id.loket.devices.sbi.wire.SbiFinger;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SbiCaptureTest {
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
    void twoFlatIndexPrintsComeBackChecked() throws Exception {
        CaptureSpec spec = CaptureSpec.of("1", 0, List.of(SbiFinger.LEFT_INDEX, SbiFinger.RIGHT_INDEX))
                .withRequestedScore(70);
        Instant before = Instant.now();

        CaptureResult result = client.rcapture(simulator.port(), spec);

        assertThat(result.transactionId()).isEqualTo(spec.transactionId());
        assertThat(result.deviceId()).isEqualTo("1");
        assertThat(result.deviceTrusted()).isFalse();
        assertThat(result.digitalId().serialNo()).isEqualTo(simulator.serialNo());
        assertThat(result.fingers()).extracting(CapturedFinger::finger)
                .containsExactly(SbiFinger.LEFT_INDEX, SbiFinger.RIGHT_INDEX);
        for (CapturedFinger finger : result.fingers()) {
            assertPng500Ppi(finger.image());
            assertThat(finger.imageSha256()).isEqualTo(CaptureHash.sha256Hex(finger.image())).hasSize(64);
            assertThat(finger.mediaType()).isEqualTo(ImageFormats.PNG);
            assertThat(finger.qualityScore()).isBetween(70.0, 100.0);
            assertThat(finger.requestedScore()).isEqualTo(70.0);
            assertThat(finger.deviceTimestamp()).isBetween(before.minusSeconds(2), Instant.now().plusSeconds(1));
        }
        assertThat(result.fingers().get(0).chainHash()).isEqualTo(CaptureHash.next("", result.fingers().get(0).image()));
        assertThat(result.fingers().get(1).chainHash())
                .isEqualTo(CaptureHash.next(result.fingers().get(0).chainHash(), result.fingers().get(1).image()));
        assertThat(result.lastHash()).isEqualTo(result.fingers().get(1).chainHash());
        assertThat(result.fingers().get(0).imageSha256()).isNotEqualTo(result.fingers().get(1).imageSha256());
    }

    @Test
    void tenFingersAsFourFourTwoSlapsChainedAcrossCaptures() throws Exception {
        String transaction = "applicant-0042";
        List<CapturedFinger> all = new ArrayList<>();
        String previousHash = "";
        for (int subId = 1; subId <= 3; subId++) {
            int sensor = subId;
            List<SbiFinger> slap = java.util.Arrays.stream(SbiFinger.values()).filter(f -> f.slapSubId() == sensor).toList();
            CaptureSpec spec = CaptureSpec.of("1", subId, slap).withTransactionId(transaction).withPreviousHash(previousHash);

            CaptureResult result = client.rcapture(simulator.port(), spec);

            assertThat(result.fingers()).hasSize(slap.size());
            assertThat(result.fingers().getFirst().chainHash())
                    .isEqualTo(CaptureHash.next(previousHash, result.fingers().getFirst().image()));
            previousHash = result.lastHash();
            all.addAll(result.fingers());
        }

        assertThat(all).hasSize(10);
        assertThat(all).extracting(CapturedFinger::finger).containsExactlyInAnyOrder(SbiFinger.values());
        assertThat(all).extracting(CapturedFinger::imageSha256).doesNotHaveDuplicates();
        for (CapturedFinger finger : all) {
            assertPng500Ppi(finger.image());
            assertThat(CaptureHash.sha256Hex(finger.image())).isEqualTo(finger.imageSha256());
        }
    }

    @Test
    void tenFingersInOneCaptureWithSensorZero() throws Exception {
        CaptureResult result = client.rcapture(simulator.port(),
                CaptureSpec.of("1", 0, List.of(SbiFinger.values())).withTimeout(Duration.ofSeconds(20)));

        assertThat(result.fingers()).hasSize(10);
        result.fingers().forEach(f -> assertPng500Ppi(f.image()));
    }

    @Test
    void exceptedFingersAreNotCaptured() throws Exception {
        CaptureSpec spec = CaptureSpec.of("1", 1,
                        List.of(SbiFinger.LEFT_INDEX, SbiFinger.LEFT_MIDDLE, SbiFinger.LEFT_RING))
                .withExceptions(List.of(SbiFinger.LEFT_LITTLE));

        CaptureResult result = client.rcapture(simulator.port(), spec);

        assertThat(result.fingers()).extracting(CapturedFinger::finger)
                .containsExactly(SbiFinger.LEFT_INDEX, SbiFinger.LEFT_MIDDLE, SbiFinger.LEFT_RING);
    }

    @Test
    void aFingerOnTheWrongSensorIsRejectedByTheDevice() {
        CaptureSpec spec = CaptureSpec.of("1", 1, List.of(SbiFinger.RIGHT_THUMB));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.rcapture(simulator.port(), spec))
                .isInstanceOfSatisfying(SbiException.class, e -> {
                    assertThat(e.failure()).isEqualTo(SbiFailureCode.REQUEST_REJECTED);
                    assertThat(e.deviceErrorCode()).contains("109");
                });
    }

    @Test
    void resultToStringNeverShowsImageBytes() throws Exception {
        CaptureResult result = client.rcapture(simulator.port(), CaptureSpec.of("1", 3, List.of(SbiFinger.LEFT_THUMB)));
        CapturedFinger finger = result.fingers().getFirst();
        String someImageBytes = java.util.Base64.getEncoder().encodeToString(
                java.util.Arrays.copyOfRange(finger.image(), 100, 160));

        assertThat(result.toString()).contains("redacted").doesNotContain(someImageBytes)
                .doesNotContain(java.util.Arrays.toString(java.util.Arrays.copyOfRange(finger.image(), 0, 16)));
        assertThat(finger.toString()).contains("bytes redacted").contains(finger.imageSha256());
    }

    static void assertPng500Ppi(byte[] png) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            assertThat(image.getWidth()).isEqualTo(400);
            assertThat(image.getHeight()).isEqualTo(500);
            Element root = (Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            long ppi = Math.round(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254);
            assertThat(ppi).isEqualTo(500);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
