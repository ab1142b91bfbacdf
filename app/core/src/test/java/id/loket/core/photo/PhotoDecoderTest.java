package id.loket.core.photo;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PhotoDecoderTest {

    private final PhotoDecoder decoder = new PhotoDecoder(DecoderLimits.DEFAULT);
    private final BufferedImage portrait = Portrait.good().draw();

    private DecodeResult.Decoded decoded(byte[] bytes) {
        DecodeResult result = decoder.decode(bytes);
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        return (DecodeResult.Decoded) result;
    }

    private Message refusal(byte[] bytes) {
        DecodeResult result = decoder.decode(bytes);
        assertThat(result).isInstanceOf(DecodeResult.Refused.class);
        return ((DecodeResult.Refused) result).reason();
    }

    @Test
    void decodesJpegAndPngIntoOpaqueRgb() {
        DecodeResult.Decoded jpeg = decoded(Files.encode(portrait, "jpeg"));
        assertThat(jpeg.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(jpeg.image().getWidth()).isEqualTo(700);
        assertThat(jpeg.image().getHeight()).isEqualTo(900);
        assertThat(jpeg.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);

        DecodeResult.Decoded png = decoded(Files.encode(portrait, "png"));
        assertThat(png.format()).isEqualTo(ImageFormat.PNG);
        assertThat(png.image().getRGB(350, 450)).isEqualTo(portrait.getRGB(350, 450));
    }

    @Test
    void transparencyIsFlattenedOntoWhite() {
        BufferedImage argb = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(5, 5, new Color(10, 20, 30).getRGB());
        BufferedImage rgb = decoded(Files.encode(argb, "png")).image();
        assertThat(rgb.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(rgb.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0x0A141E);
    }

    @Test
    void aTruncatedJpegIsRefusedAsDamagedNotPaddedWithGrey() {
        byte[] jpeg = Files.encode(portrait, "jpeg");
        Message late = refusal(Arrays.copyOf(jpeg, jpeg.length * 6 / 10));
        assertThat(late).isEqualTo(Message.of("photo.decode.corrupt", "JPEG"));
        assertThat(refusal(Arrays.copyOf(jpeg, 300))).isEqualTo(Message.of("photo.decode.corrupt", "JPEG"));
        assertThat(Messages.INDONESIAN.render(late)).isEqualTo(
                "Berkas JPEG rusak atau terpotong; ambil ulang atau pilih berkas lain.");
    }

    @Test
    void aPngSignatureFollowedByGarbageIsRefusedAsDamaged() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
        assertThat(refusal(bytes)).isEqualTo(Message.of("photo.decode.corrupt", "PNG"));
    }

    @Test
    void aTextFileIsNotAnImage() {
        Message reason = refusal("Nama: Budi Santoso\nNIK: 3171234567890001\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reason.key()).isEqualTo("photo.decode.notImage");
        assertThat(Messages.INDONESIAN.render(reason)).isEqualTo("Berkas bukan gambar JPEG/PNG yang utuh.");
    }

    @Test
    void otherImageFormatsAreNamedInTheRefusal() {
        assertThat(refusal(Files.encode(portrait, "gif"))).isEqualTo(Message.of("photo.decode.unsupported", "GIF"));
        assertThat(refusal(Files.encode(portrait, "bmp"))).isEqualTo(Message.of("photo.decode.unsupported", "BMP"));
        assertThat(refusal(Files.encode(portrait, "tiff"))).isEqualTo(Message.of("photo.decode.unsupported", "TIFF"));
        byte[] heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
        assertThat(refusal(heic)).isEqualTo(Message.of("photo.decode.unsupported", "HEIC"));
        byte[] mp4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 0, 0};
        assertThat(refusal(mp4).key()).isEqualTo("photo.decode.notImage");
    }

    @Test
    void emptyAndOversizedFilesAreRefusedBeforeDecoding() {
        assertThat(refusal(new byte[0]).key()).isEqualTo("photo.decode.empty");
        assertThat(refusal(null).key()).isEqualTo("photo.decode.empty");
        PhotoDecoder strict = new PhotoDecoder(new DecoderLimits(1024 * 1024, 10_000, 40_000_000L));
        DecodeResult big = strict.decode(new byte[3 * 1024 * 1024 + 200_000]);
        assertThat(((DecodeResult.Refused) big).reason()).isEqualTo(Message.of("photo.decode.tooLarge", 3.2, 1.0));
        assertThat(Messages.INDONESIAN.render(((DecodeResult.Refused) big).reason())).contains("(3,2 MB, maksimal 1 MB)");
    }

    @Test
    void aPngHeaderClaimingHugeDimensionsIsRefusedWithoutAllocatingIt() {
        byte[] bomb = Files.pngHeaderOnly(100_000, 100_000);
        Message reason = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusal(bomb));
        assertThat(reason).isEqualTo(Message.of("photo.decode.tooManyPixels", 100_000, 100_000, 10_000, 10_000, 40L));
        assertThat(Messages.ENGLISH.render(reason)).startsWith("The image size is implausible (100000x100000 pixels;");
    }

    @Test
    void aJpegHeaderClaimingHugeDimensionsIsRefused() {
        byte[] bomb = Files.jpegClaimingSize(Files.encode(portrait, "jpeg"), 65_000, 65_000);
        Message reason = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusal(bomb));
        assertThat(reason.key()).isEqualTo("photo.decode.tooManyPixels");
        assertThat(reason.args()).startsWith(65_000, 65_000);
    }

    @Test
    void thePixelLimitAppliesEvenWhenEachSideIsAllowed() {
        PhotoDecoder small = new PhotoDecoder(new DecoderLimits(25 * 1024 * 1024, 1000, 500_000L));
        DecodeResult result = small.decode(Files.encode(portrait, "png"));
        assertThat(((DecodeResult.Refused) result).reason().key()).isEqualTo("photo.decode.tooManyPixels");
    }

    @Test
    void aDecodedPhotoNeverPrintsItsPixels() {
        DecodeResult.Decoded png = decoded(Files.encode(new BufferedImage(10, 12, BufferedImage.TYPE_INT_RGB), "png"));
        assertThat(png.toString()).isEqualTo("Decoded[PNG 10x12]");
    }

    @Test
    void exifInTheSourceIsAcceptedAndDropped() {
        byte[] withExif = Files.jpegWithExif(Files.encode(portrait, "jpeg"), "GPS-SECRET-LOCATION");
        assertThat(Files.contains(withExif, "GPS-SECRET".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(decoded(withExif).image().getWidth()).isEqualTo(700);
    }
}
