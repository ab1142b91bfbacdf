package id.loket.core.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Downscaling in halving steps with bilinear filtering: a single bilinear step from a 6000-pixel
 * photo to 531 pixels samples only a few source pixels and aliases (jagged hair, moire on cloth).
 */
final class Scaling {

    private Scaling() {
    }

    static BufferedImage resize(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h);
        }
        if (w != width || h != height || current == source) {
            current = draw(current, width, height);
        }
        return current;
    }

    static BufferedImage toHeight(BufferedImage source, int height) {
        int width = Math.max(1, (int) Math.round(source.getWidth() * (double) height / source.getHeight()));
        return resize(source, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
