package id.loket.desktop.capture;

import id.loket.desktop.support.Portraits;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files a counter would import, drawn in code: a passport portrait that passes core's photo
 * checks (drawn by {@link Portraits}), a scanned e-KTP as PNG and a tiny but well-formed PDF.
 */
final class TestFiles {

    private TestFiles() {
    }

    /** A 700 x 900 portrait that meets every photo check ({@link Portraits#good()}), written as PNG. */
    static Path portrait(Path dir) throws IOException {
        return Files.write(dir.resolve("portrait.png"), Portraits.encode(Portraits.good(), "png"));
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
}
