package id.loket.core.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;
import java.util.Random;

/**
 * Synthetic applicant portraits drawn in code (no binary fixtures): a background, an elliptical
 * head with hair, eyes, brows, nose and mouth, a neck and dark shoulders, plus deterministic sensor
 * noise so the face has the fine texture a real photo has. Each {@code with...} variant breaks one
 * property so a test can show the matching check catches it.
 *
 * @param width       image width
 * @param height      image height
 * @param background  background colour
 * @param stripes     second background colour in 8-pixel vertical stripes, or null for a plain background
 * @param headHeight  ellipse height (crown to chin) as a fraction of the image height
 * @param crown       crown row as a fraction of the image height (negative: cut off)
 * @param centreX     head centre as a fraction of the image width
 * @param skin        face colour
 * @param glare       whether a clipped-white highlight covers most of the face
 * @param blur        box-blur kernel size, 0 for none
 */
record Portrait(int width, int height, Color background, Color stripes, double headHeight, double crown,
                double centreX, Color skin, boolean glare, int blur) {

    static final Color WHITE = new Color(250, 250, 250);
    static final Color SKIN = new Color(214, 168, 130);

    /** A framed 700 x 900 photo that meets every check. */
    static Portrait good() {
        return new Portrait(700, 900, WHITE, null, 0.78, 0.08, 0.5, SKIN, false, 0);
    }

    Portrait withSize(int w, int h) {
        return new Portrait(w, h, background, stripes, headHeight, crown, centreX, skin, glare, blur);
    }

    Portrait withBackground(Color bg, Color stripe) {
        return new Portrait(width, height, bg, stripe, headHeight, crown, centreX, skin, glare, blur);
    }

    Portrait withHead(double height, double crownAt, double centre) {
        return new Portrait(width, this.height, background, stripes, height, crownAt, centre, skin, glare, blur);
    }

    Portrait withSkin(Color face, boolean clippedGlare) {
        return new Portrait(width, height, background, stripes, headHeight, crown, centreX, face, clippedGlare, blur);
    }

    Portrait withBlur(int kernel) {
        return new Portrait(width, height, background, stripes, headHeight, crown, centreX, skin, glare, kernel);
    }

    BufferedImage draw() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        if (stripes != null) {
            g.setColor(stripes);
            for (int x = 0; x < width; x += 16) {
                g.fillRect(x, 0, 8, height);
            }
        }
        double hh = headHeight * height;
        double hw = hh / 1.45;
        double cx = centreX * width;
        double top = crown * height;
        double cy = top + hh / 2;
        // shoulders and neck first, the head over them
        g.setColor(new Color(40, 48, 78));
        double shoulderTop = top + hh * 1.02;
        g.fill(new RoundRectangle2D.Double(cx - hw * 1.35, shoulderTop, hw * 2.7, height, hw * 0.8, hw * 0.8));
        g.setColor(skin.darker());
        g.fill(new java.awt.geom.Rectangle2D.Double(cx - hw * 0.23, cy + hh * 0.3, hw * 0.46, shoulderTop - cy - hh * 0.3 + 4));
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(cx - hw / 2, top, hw, hh));
        g.setColor(new Color(30, 22, 18));
        g.fill(new Ellipse2D.Double(cx - hw / 2, top, hw, hh * 0.34));
        if (glare) {
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(cx - hw * 0.33, top + hh * 0.3, hw * 0.66, hh * 0.5));
        }
        g.setColor(new Color(25, 20, 20));
        double eyeY = top + hh * 0.47;
        for (double side : new double[] {-1, 1}) {
            g.fill(new Ellipse2D.Double(cx + side * hw * 0.2 - hw * 0.07, eyeY, hw * 0.14, hh * 0.04));
            g.fill(new java.awt.geom.Rectangle2D.Double(cx + side * hw * 0.2 - hw * 0.09, eyeY - hh * 0.04, hw * 0.18,
                    hh * 0.012));
        }
        g.setColor(skin.darker().darker());
        g.fill(new java.awt.geom.Rectangle2D.Double(cx - hw * 0.03, eyeY + hh * 0.05, hw * 0.06, hh * 0.12));
        g.setColor(new Color(140, 60, 60));
        g.fill(new Ellipse2D.Double(cx - hw * 0.15, top + hh * 0.76, hw * 0.3, hh * 0.04));
        g.dispose();
        addNoise(img);
        return blur > 0 ? blurred(img, blur) : img;
    }

    private static void addNoise(BufferedImage img) {
        Random random = new Random(42);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int n = random.nextInt(17) - 8;
                int r = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n);
                img.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static BufferedImage blurred(BufferedImage img, int size) {
        float[] weights = new float[size * size];
        Arrays.fill(weights, 1f / weights.length);
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null).filter(img, out);
        return out;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
