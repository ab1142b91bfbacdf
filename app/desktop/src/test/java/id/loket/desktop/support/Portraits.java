package id.loket.desktop.support;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Applicant portraits drawn in code (no binary fixtures), the same shape as core's photo tests use:
 * a white background, an elliptical head with hair, eyes, nose and mouth, neck and shoulders, and
 * deterministic sensor noise so the face has texture.
 */
public final class Portraits {

    private static final Color WHITE = new Color(250, 250, 250);
    private static final Color SKIN = new Color(214, 168, 130);

    private Portraits() {
    }

    /** A 700 x 900 portrait that passes every photo check. */
    public static BufferedImage good() {
        return draw(700, 900, 0.78, 0.08);
    }

    /** A portrait of any size with the head at the given height and crown position (fractions of the height). */
    public static BufferedImage draw(int width, int height, double headHeight, double crown) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(WHITE);
        g.fillRect(0, 0, width, height);
        double hh = headHeight * height;
        double hw = hh / 1.45;
        double cx = width / 2.0;
        double top = crown * height;
        double cy = top + hh / 2;
        g.setColor(new Color(40, 48, 78));
        double shoulderTop = top + hh * 1.02;
        g.fill(new RoundRectangle2D.Double(cx - hw * 1.35, shoulderTop, hw * 2.7, height, hw * 0.8, hw * 0.8));
        g.setColor(SKIN.darker());
        g.fill(new Rectangle2D.Double(cx - hw * 0.23, cy + hh * 0.3, hw * 0.46, shoulderTop - cy - hh * 0.3 + 4));
        g.setColor(SKIN);
        g.fill(new Ellipse2D.Double(cx - hw / 2, top, hw, hh));
        g.setColor(new Color(30, 22, 18));
        g.fill(new Ellipse2D.Double(cx - hw / 2, top, hw, hh * 0.34));
        g.setColor(new Color(25, 20, 20));
        double eyeY = top + hh * 0.47;
        for (double side : new double[] {-1, 1}) {
            g.fill(new Ellipse2D.Double(cx + side * hw * 0.2 - hw * 0.07, eyeY, hw * 0.14, hh * 0.04));
            g.fill(new Rectangle2D.Double(cx + side * hw * 0.2 - hw * 0.09, eyeY - hh * 0.04, hw * 0.18, hh * 0.012));
        }
        g.setColor(SKIN.darker().darker());
        g.fill(new Rectangle2D.Double(cx - hw * 0.03, eyeY + hh * 0.05, hw * 0.06, hh * 0.12));
        g.setColor(new Color(140, 60, 60));
        g.fill(new Ellipse2D.Double(cx - hw * 0.15, top + hh * 0.76, hw * 0.3, hh * 0.04));
        g.dispose();
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = img.getRGB(x, y);
                int n = random.nextInt(17) - 8;
                img.setRGB(x, y, (clamp(((rgb >> 16) & 0xFF) + n) << 16) | (clamp(((rgb >> 8) & 0xFF) + n) << 8)
                        | clamp((rgb & 0xFF) + n));
            }
        }
        return img;
    }

    /** The image as file bytes ("jpeg" or "png"). */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
