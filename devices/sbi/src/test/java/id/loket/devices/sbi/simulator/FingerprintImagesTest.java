package id.loket.devices.sbi.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.devices.sbi.wire.SbiFinger;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FingerprintImagesTest {

    @Test
    void pngIs400By500GrayscaleAt500Ppi() throws Exception {
        byte[] png = FingerprintImages.png(FingerprintImages.render(7, SbiFinger.LEFT_INDEX, false));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(400);
        assertThat(decoded.getHeight()).isEqualTo(500);
        assertThat(decoded.getColorModel().getNumComponents()).isEqualTo(1);
        assertThat(ppi(png)).isEqualTo(500);
        assertThat(png.length).as("PNG size").isBetween(8_000, 40_000);
    }

    @Test
    void sameSeedAndFingerGiveTheSameImageOthersDiffer() {
        byte[] a = FingerprintImages.png(FingerprintImages.render(7, SbiFinger.RIGHT_THUMB, false));
        byte[] b = FingerprintImages.png(FingerprintImages.render(7, SbiFinger.RIGHT_THUMB, false));
        byte[] otherFinger = FingerprintImages.png(FingerprintImages.render(7, SbiFinger.LEFT_THUMB, false));
        byte[] otherSeed = FingerprintImages.png(FingerprintImages.render(8, SbiFinger.RIGHT_THUMB, false));

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(otherFinger).isNotEqualTo(otherSeed);
    }

    @Test
    void lowQualityPrintHasLessRidgeContrast() {
        BufferedImage good = FingerprintImages.render(3, SbiFinger.LEFT_RING, false);
        BufferedImage poor = FingerprintImages.render(3, SbiFinger.LEFT_RING, true);

        assertThat(darkest(poor)).isGreaterThan(darkest(good) + 60);
    }

    @Test
    void previewFramesAreJpeg() {
        byte[] jpeg = FingerprintImages.jpeg(FingerprintImages.render(1, SbiFinger.LEFT_INDEX, false));

        assertThat(jpeg[0] & 0xFF).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xFF).isEqualTo(0xD8);
    }

    private static int darkest(BufferedImage image) {
        int min = 255;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                min = Math.min(min, image.getRaster().getSample(x, y, 0));
            }
        }
        return min;
    }

    /** Reads the PNG pHYs chunk back and converts pixels per metre to pixels per inch. */
    static int ppi(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            NodeList phys = root.getElementsByTagName("pHYs");
            Element node = (Element) phys.item(0);
            assertThat(node.getAttribute("unitSpecifier")).isEqualTo("meter");
            assertThat(node.getAttribute("pixelsPerUnitYAxis")).isEqualTo(node.getAttribute("pixelsPerUnitXAxis"));
            return (int) Math.round(Integer.parseInt(node.getAttribute("pixelsPerUnitXAxis")) * 0.0254);
        }
    }
}
