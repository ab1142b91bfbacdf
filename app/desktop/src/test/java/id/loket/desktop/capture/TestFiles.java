package id.loket.desktop.capture;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Files a counter would import, drawn in code: a passport portrait that passes core's photo
 * checks (white background, framed head, sensor noise; the same drawing as core's photo test
 * fixture), a scanned e-KTP as PNG and a tiny but well-formed PDF.
 */
final class TestFiles {

    private TestFiles() {
    }

    /** A 700 x 900 portrait that meets every photo check, written as PNG. */
    static Path portrait(Path dir) throws IOException {
        int width = 700;
        int height = 900;
        Color skin = new Color(214, 168, 130);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(250, 250, 250));
        g.fillRect(0, 0, width, height);
        double hh = 0.78 * height;
        double hw = hh / 1.45;
        double cx = 0.5 * width;
        double top = 0.08 * height;
        double cy = top + hh / 2;
        g.setColor(new Color(40, 48, 78));
        double shoulderTop = top + hh * 1.02;
        g.fill(new RoundRectangle2D.Double(cx - hw * 1.35, shoulderTop, hw * 2.7, height, hw * 0.8, hw * 0.8));
        g.setColor(skin.darker());
        g.fill(new Rectangle2D.Double(cx - hw * 0.23, cy + hh * 0.3, hw * 0.46, shoulderTop - cy - hh * 0.3 + 4));
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(cx - hw / 2, top, hw, hh));
        g.setColor(new Color(30, 22, 18));
        g.fill(new Ellipse2D.Double(cx - hw / 2, top, hw, hh * 0.34));
        g.setColor(new Color(25, 20, 20));
        double eyeY = top + hh * 0.47;
        for (double side : new double[] {-1, 1}) {
            g.fill(new Ellipse2D.Double(cx + side * hw * 0.2 - hw * 0.07, eyeY, hw * 0.14, hh * 0.04));
            g.fill(new Rectangle2D.Double(cx + side * hw * 0.2 - hw * 0.09, eyeY - hh * 0.04, hw * 0.18, hh * 0.012));
        }
        g.setColor(skin.darker().darker());
        g.fill(new Rectangle2D.Double(cx - hw * 0.03, eyeY + hh * 0.05, hw * 0.06, hh * 0.12));
        g.setColor(new Color(140, 60, 60));
        g.fill(new Ellipse2D.Double(cx - hw * 0.15, top + hh * 0.76, hw * 0.3, hh * 0.04));
        g.dispose();
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = img.getRGB(x, y);
                int n = random.nextInt(17) - 8;
                int r = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n);
                img.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        Path file = dir.resolve("portrait.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** A card-shaped PNG standing in for a scanned e-KTP. */
    static Path ktpScan(Path dir) throws IOException {
        BufferedImage img = new BufferedImage(856, 540, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(120, 170, 220));
        g.fillRect(0, 0, 856, 540);
        g.setColor(Color.WHITE);
        g.drawString("PROVINSI BALI  NIK 5171011208900001", 40, 60);
        g.dispose();
        Path file = dir.resolve("e-ktp.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** A minimal one-page PDF. */
    static Path pdf(Path dir) throws IOException {
        Path file = dir.resolve("kartu-keluarga.pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        return file;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
