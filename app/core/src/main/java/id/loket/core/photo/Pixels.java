package id.loket.core.photo;

import java.awt.image.BufferedImage;

/** Packed RGB pixels of an image with the helpers the checks share; package-private plumbing. */
record Pixels(int[] rgb, int width, int height) {

    static Pixels of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new Pixels(image.getRGB(0, 0, w, h, null, 0, w), w, h);
    }

    int at(int x, int y) {
        return rgb[y * width + x];
    }

    /** Rec. 601 luma, 0-255. */
    static int luma(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (299 * r + 587 * g + 114 * b + 500) / 1000;
    }

    /** max(R,G,B) - min(R,G,B): 0 for white, grey and black, large for saturated colours. */
    static int chroma(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }

    /**
     * Variance of the 4-neighbour Laplacian of the luma inside a box: high where there is fine
     * detail, low when the image is out of focus or shaken.
     */
    double laplacianVariance(int x0, int y0, int x1, int y1) {
        int ax = Math.max(1, x0);
        int ay = Math.max(1, y0);
        int bx = Math.min(width - 1, x1);
        int by = Math.min(height - 1, y1);
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        for (int y = ay; y < by; y++) {
            for (int x = ax; x < bx; x++) {
                int lap = 4 * luma(at(x, y)) - luma(at(x - 1, y)) - luma(at(x + 1, y))
                        - luma(at(x, y - 1)) - luma(at(x, y + 1));
                sum += lap;
                sumSq += (double) lap * lap;
                n++;
            }
        }
        if (n == 0) {
            return 0;
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }
}
