package id.loket.devices.sbi.simulator;

import id.loket.devices.sbi.wire.SbiFinger;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Synthetic fingerprint images: 400 x 500 px, 8-bit grayscale, 500 ppi (a real flat print is about
 * 0.8 x 1 inch at the 500 ppi Indonesian offices use), dark ridges about 9 px apart on white in a
 * whorl, loop or arch pattern. The same seed and finger always give the same image; a
 * low-quality image has faint, smudged ridges. These are drawings, never anybody's biometrics.
 */
public final class FingerprintImages {
    public static final int WIDTH = 400;
    public static final int HEIGHT = 500;
    public static final int PPI = 500;
    /** 500 ppi in the PNG pHYs unit (pixels per metre). */
    public static final int PIXELS_PER_METRE = (int) Math.round(PPI / 0.0254);

    private FingerprintImages() {
    }

    /** Renders the print of {@code finger} for {@code seed}. */
    public static BufferedImage render(long seed, SbiFinger finger, boolean lowQuality) {
        Random random = new Random(seed * 1_000_003L + finger.ordinal());
        double cx = WIDTH / 2.0 + random.nextGaussian() * 15;
        double cy = HEIGHT * 0.45 + random.nextGaussian() * 15;
        int pattern = random.nextInt(3);
        double period = 8.5 + random.nextDouble() * 2;
        double warpAmplitude = 5 + random.nextDouble() * 6;
        double warpFrequency = 0.012 + random.nextDouble() * 0.015;
        double warpPhase = random.nextDouble() * 2 * Math.PI;
        double contrast = lowQuality ? 0.3 : 0.92;

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double dx = x - cx;
                double dy = y - cy;
                double phase = switch (pattern) {
                    case 0 -> Math.hypot(dx, dy * 0.8);
                    case 1 -> dy < 0 ? Math.hypot(dx, dy) : Math.abs(dx) * (1 + 0.3 * dy / HEIGHT);
                    default -> dy + 60 * Math.exp(-dx * dx / (2 * 80.0 * 80.0));
                };
                phase += warpAmplitude * Math.sin(warpFrequency * (x + 0.7 * y) + warpPhase);
                double wave = Math.cos(2 * Math.PI * phase / period);
                // steep ridge edges and 8 grey levels: looks like a print, compresses to tens of KB
                double ridge = Math.max(0, Math.min(1, 0.5 + 2.2 * wave));
                if (lowQuality) {
                    double smudge = 0.5 + 0.5 * Math.sin(x * 0.045 + warpPhase) * Math.cos(y * 0.037);
                    ridge *= 0.4 + 0.6 * smudge;
                }
                double value = 1 - mask(x, y) * contrast * ridge;
                raster.setSample(x, y, 0, (int) Math.min(255, 36.5 * Math.round(Math.max(0, Math.min(1, value)) * 7)));
            }
        }
        return image;
    }

    /** 1 inside the finger's oval, fading to 0 (white) at its edge. */
    private static double mask(int x, int y) {
        double ex = (x - WIDTH / 2.0) / (WIDTH * 0.43);
        double ey = (y - HEIGHT / 2.0) / (HEIGHT * 0.47);
        double e = ex * ex + ey * ey;
        if (e < 0.8) {
            return 1;
        }
        return e < 1 ? (1 - e) / 0.2 : 0;
    }

    /** PNG bytes with a pHYs chunk declaring 500 ppi. */
    public static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            physical.setAttribute("pixelsPerUnitXAxis", Integer.toString(PIXELS_PER_METRE));
            physical.setAttribute("pixelsPerUnitYAxis", Integer.toString(PIXELS_PER_METRE));
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("PNG metadata rejected", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** JPEG bytes, for STREAM preview frames. */
    public static byte[] jpeg(BufferedImage image) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, "jpeg", bytes)) {
                throw new IllegalStateException("no JPEG writer");
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
