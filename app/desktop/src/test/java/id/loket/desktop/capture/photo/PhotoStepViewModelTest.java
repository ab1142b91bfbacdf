package id.loket.desktop.capture.photo;

import id.loket.core.CoreServices;
import id.loket.core.biometric.PhotoCapture;
import id.loket.core.i18n.Message;
import id.loket.core.photo.CropRect;
import id.loket.desktop.capture.BiometricSteps;
import id.loket.desktop.capture.fingerprint.FingerprintScanner;
import id.loket.desktop.capture.fingerprint.SbiFingerprintScanner;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.Portraits;
import id.loket.desktop.support.TestCore;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiClientConfig;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoStepViewModelTest {

    @TempDir
    Path home;
    @TempDir
    Path files;
    private CoreServices core;
    private SbiClient client;
    private PhotoStepViewModel model;

    @BeforeEach
    void open() {
        core = TestCore.open(home);
        client = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());
        FingerprintScanner unused = new SbiFingerprintScanner(client, PortRange.single(4599), Duration.ofMillis(50));
        model = new BiometricSteps(core, new SameThreadTaskRunner(), unused, TestCore.CLOCK).photo();
        model.load(null);
    }

    @AfterEach
    void close() {
        client.close();
        core.close();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes);
    }

    @Test
    void aCorruptJpegIsRefusedAsDamaged() throws IOException {
        byte[] jpeg = Portraits.encode(Portraits.good(), "jpeg");
        model.loadFile(write("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)));

        assertThat(model.errorProperty().get()).isEqualTo(Message.of("photo.decode.corrupt", "JPEG"));
        assertThat(model.sourceProperty().get()).isNull();
        assertThat(model.canAcceptProperty().get()).isFalse();
        model.accept();
        assertThat(model.acceptedProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("photo.accept.blocked"));
    }

    @Test
    void aFileThatIsNoImageIsRefused() throws IOException {
        model.loadFile(write("notes.jpg", "not a photo at all".getBytes(StandardCharsets.UTF_8)));
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("photo.decode.notImage"));
    }

    @Test
    void aTinyImageIsRefusedWithItsSizeAndTheMinimum() throws IOException {
        model.loadFile(write("thumb.png", Portraits.encode(Portraits.draw(70, 90, 0.78, 0.08), "png")));
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("photo.load.tooSmall", 70, 90, 600, 750));
        assertThat(model.sourceProperty().get()).isNull();
    }

    @Test
    void aMissingFileIsRefusedAsUnreadable() {
        model.loadFile(files.resolve("gone.jpg"));
        assertThat(model.errorProperty().get()).isEqualTo(Message.of("photo.load.unreadable"));
    }

    @Test
    void aGoodPortraitIsFramedCheckedAcceptedAndStored() throws IOException {
        model.loadFile(write("applicant.jpg", Portraits.encode(Portraits.good(), "jpeg")));

        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo(Message.of("photo.crop.suggested"));
        assertThat(model.cropProperty().get()).isNotNull();
        assertThat(model.problems()).isEmpty();
        assertThat(model.canAcceptProperty().get()).isTrue();

        model.accept();

        PhotoCapture photo = model.acceptedProperty().get();
        assertThat(photo).isNotNull();
        assertThat(photo.width()).isEqualTo(413);
        assertThat(photo.height()).isEqualTo(531);
        assertThat(photo.capturedAt()).isEqualTo(TestCore.CLOCK.instant());
        byte[] stored = core.blobs().get(photo.imageHash()).orElseThrow();
        assertThat(Sha256.hex(stored)).isEqualTo(photo.imageHash());
        assertThat(core.blobs().mediaType(photo.imageHash())).contains("image/jpeg");
        assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
        assertThat(stored[1] & 0xFF).isEqualTo(0xD8);
        assertThat(model.storedPhotoProperty().get()).isNotNull();
        assertThat(model.messageProperty().get()).isEqualTo(Message.of("photo.accepted"));
    }

    @Test
    void nudgesMoveAndResizeTheFrameAndRecheckIt() throws IOException {
        model.loadFile(write("big.png", Portraits.encode(Portraits.draw(1200, 1400, 0.5, 0.2), "png")));
        CropRect start = model.cropProperty().get();
        assertThat(model.problems()).isEmpty();

        model.up();
        assertThat(model.cropProperty().get().y()).isLessThan(start.y());
        model.down();
        model.left();
        assertThat(model.cropProperty().get().x()).isLessThan(start.x());
        model.right();
        assertThat(model.cropProperty().get()).isEqualTo(start);

        for (int i = 0; i < 8; i++) {
            model.bigger();
        }
        CropRect wide = model.cropProperty().get();
        assertThat(wide.height()).isGreaterThan(start.height());
        assertThat(wide.width() * 9).isBetween(wide.height() * 7 - 9, wide.height() * 7 + 9);
        assertThat(model.problems()).extracting(Message::key).contains("photo.check.headTooSmall");
        assertThat(model.canAcceptProperty().get()).isFalse();
    }

    @Test
    void retakeDropsTheAcceptedPhotoAndLoadShowsAStoredOne() throws IOException {
        model.loadFile(write("applicant.png", Portraits.encode(Portraits.good(), "png")));
        model.accept();
        PhotoCapture photo = model.acceptedProperty().get();

        model.retake();
        assertThat(model.acceptedProperty().get()).isNull();
        assertThat(model.storedPhotoProperty().get()).isNull();

        model.load(photo);
        assertThat(model.acceptedProperty().get()).isEqualTo(photo);
        assertThat(model.storedPhotoProperty().get().getWidth()).isEqualTo(413);
        assertThat(model.messageProperty().get()).isEqualTo(Message.of("photo.stored.shown"));
    }
}
