package id.loket.core.photo;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PassportCropTest {

    private final PassportCrop cropper = new PassportCrop(PassportFormat.ICAO_35X45_300DPI, PhotoPolicy.DEFAULT);

    private static void assertSevenToNine(CropRect r) {
        assertThat(r.width() * 9.0 / r.height()).isCloseTo(7.0, within(9.0 / r.height() + 0.01));
    }

    @Test
    void aCentredCropHasThePassportAspectAndStaysInsideTheImage() {
        CropRect r = cropper.centred(1600, 1200, 800, 600, 900);
        assertThat(r).isEqualTo(new CropRect(450, 150, 700, 900));
        CropRect corner = cropper.centred(1600, 1200, 10, 10, 900);
        assertThat(corner.x()).isZero();
        assertThat(corner.y()).isZero();
        assertSevenToNine(corner);
        CropRect tooTall = cropper.centred(1600, 1200, 800, 600, 5000);
        assertThat(tooTall.height()).isEqualTo(1200);
        assertThat(tooTall.fitsIn(1600, 1200)).isTrue();
        assertSevenToNine(tooTall);
        CropRect narrow = cropper.centred(700, 2000, 350, 1000, 2000);
        assertThat(narrow.width()).isLessThanOrEqualTo(700);
        assertThat(narrow.height()).isEqualTo(900);
    }

    @Test
    void aRectangleTheOfficerDrewIsSnappedToSevenByNineAroundItsCentre() {
        CropRect snapped = cropper.adjust(1600, 1200, new CropRect(500, 200, 400, 810));
        assertSevenToNine(snapped);
        assertThat(snapped.height()).isEqualTo(810);
        assertThat(snapped.x() + snapped.width() / 2.0).isCloseTo(700, within(1.0));
        assertThat(snapped.y() + snapped.height() / 2.0).isCloseTo(605, within(1.0));
    }

    @Test
    void theSuggestedCropFramesTheHeadAtTheIcaoProportionAndPassesTheChecks() {
        BufferedImage scene = Portrait.good().withSize(1600, 1200).withHead(0.55, 0.12, 0.4).draw();
        Optional<CropRect> suggested = cropper.suggestCrop(scene);
        assertThat(suggested).isPresent();
        CropRect r = suggested.get();
        assertSevenToNine(r);
        assertThat(r.fitsIn(1600, 1200)).isTrue();
        assertThat(r.x() + r.width() / 2.0).as("head centred").isCloseTo(640, within(8.0));
        PhotoCheckResult result = new PhotoChecks(PhotoPolicy.DEFAULT).check(cropper.crop(scene, r));
        assertThat(result.problems()).as("%s %s", r, result.metrics()).isEmpty();
        assertThat(result.warnings()).as("%s", result.metrics()).isEmpty();
        assertThat(result.metrics().headHeightRatio()).isCloseTo(0.75, within(0.015));
    }

    @Test
    void aSuggestionShrinksAnOversizedFrameToTheHead() {
        BufferedImage loose = Portrait.good().withSize(1400, 1800).withHead(0.45, 0.25, 0.5).draw();
        assertThat(new PhotoChecks(PhotoPolicy.DEFAULT).check(loose).problemKeys())
                .containsExactly("photo.check.headTooSmall");
        CropRect r = cropper.suggestCrop(loose).orElseThrow();
        assertThat(new PhotoChecks(PhotoPolicy.DEFAULT).check(cropper.crop(loose, r)).problems()).isEmpty();
    }

    @Test
    void nothingIsSuggestedWhenNoPersonStandsOut() {
        BufferedImage empty = Portrait.good().withHead(0.78, 2.0, 0.5).draw();
        assertThat(cropper.suggestCrop(empty)).isEmpty();
    }

    @Test
    void aCropIsACopyAndMustLieInsideTheImage() {
        BufferedImage source = Portrait.good().draw();
        int before = source.getRGB(10, 10);
        BufferedImage copy = cropper.crop(source, new CropRect(0, 0, 70, 90));
        copy.setRGB(10, 10, 0x123456);
        assertThat(source.getRGB(10, 10)).isEqualTo(before);
        assertThatThrownBy(() -> cropper.crop(source, new CropRect(650, 0, 70, 90)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStoredJpegIs413By531At300DpiWithOnlyAJfifHeader() {
        byte[] sourceJpeg = Files.jpegWithExif(Files.encode(Portrait.good().draw(), "jpeg"), "GPS-SECRET-LOCATION");
        BufferedImage source = ((DecodeResult.Decoded) new PhotoDecoder(DecoderLimits.DEFAULT).decode(sourceJpeg)).image();
        byte[] out = cropper.toJpeg(source, new CropRect(0, 0, 700, 900));

        BufferedImage stored = ((DecodeResult.Decoded) new PhotoDecoder(DecoderLimits.DEFAULT).decode(out)).image();
        assertThat(stored.getWidth()).isEqualTo(413);
        assertThat(stored.getHeight()).isEqualTo(531);
        assertThat(Files.contains(out, "GPS-SECRET".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(Files.contains(out, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();

        List<Integer> markers = headerMarkers(out);
        assertThat(markers).contains(0xE0, 0xDB, 0xC0, 0xC4);
        assertThat(markers).as("no APP1-APP15 (EXIF, XMP, ICC) and no COM").noneMatch(m -> m > 0xE0 && m <= 0xEF || m == 0xFE);
        int app0 = Files.find(out, (byte) 0xFF, (byte) 0xE0);
        assertThat(new String(out, app0 + 4, 4, StandardCharsets.US_ASCII)).isEqualTo("JFIF");
        assertThat(out[app0 + 11]).as("density in dots per inch").isEqualTo((byte) 1);
        assertThat(((out[app0 + 12] & 0xFF) << 8) | (out[app0 + 13] & 0xFF)).isEqualTo(300);
        assertThat(((out[app0 + 14] & 0xFF) << 8) | (out[app0 + 15] & 0xFF)).isEqualTo(300);
        assertThat(out.length).isBetween(10_000, 200_000);
    }

    @Test
    void theFormatMustBeSevenByNine() {
        assertThatThrownBy(() -> new PassportFormat(400, 600, 300, 0.9f, 0.75, 0.08))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PassportFormat(826, 1062, 600, 0.9f, 0.75, 0.08).height()).isEqualTo(1062);
    }

    /** Marker codes of the segments before the scan (SOS). */
    private static List<Integer> headerMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        assertThat(jpeg[0] & 0xFF).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xFF).isEqualTo(0xD8);
        int i = 2;
        while (i + 3 < jpeg.length) {
            assertThat(jpeg[i] & 0xFF).isEqualTo(0xFF);
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            markers.add(marker);
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }
}
