package id.loket.core.photo;

/**
 * The background as seen in border strips where no person should be: the top strip and the
 * left and right strips of the upper half (the shoulders reach the lower side edges, so those are
 * not used). Package-private: {@link PhotoChecks} reports the numbers through {@link PhotoMetrics}.
 */
record Background(double luma, double stdDev, double chroma, int red, int green, int blue) {

    static Background measure(Pixels p) {
        int top = Math.max(2, (int) Math.round(p.height() * 0.04));
        int side = Math.max(2, (int) Math.round(p.width() * 0.06));
        int sideBottom = Math.max(top + 1, (int) Math.round(p.height() * 0.45));
        Accumulator acc = new Accumulator();
        for (int y = 0; y < Math.min(top, p.height()); y++) {
            for (int x = 0; x < p.width(); x++) {
                acc.add(p.at(x, y));
            }
        }
        for (int y = top; y < Math.min(sideBottom, p.height()); y++) {
            for (int x = 0; x < Math.min(side, p.width()); x++) {
                acc.add(p.at(x, y));
                acc.add(p.at(p.width() - 1 - x, y));
            }
        }
        return acc.result();
    }

    /** True when this pixel is part of the person: some channel differs by more than the threshold. */
    boolean differs(int rgb, int threshold) {
        return Math.abs(((rgb >> 16) & 0xFF) - red) > threshold
                || Math.abs(((rgb >> 8) & 0xFF) - green) > threshold
                || Math.abs((rgb & 0xFF) - blue) > threshold;
    }

    private static final class Accumulator {
        private double sum;
        private double sumSq;
        private double chroma;
        private long r;
        private long g;
        private long b;
        private long n;

        void add(int rgb) {
            int l = Pixels.luma(rgb);
            sum += l;
            sumSq += (double) l * l;
            chroma += Pixels.chroma(rgb);
            r += (rgb >> 16) & 0xFF;
            g += (rgb >> 8) & 0xFF;
            b += rgb & 0xFF;
            n++;
        }

        Background result() {
            double mean = sum / n;
            double variance = Math.max(0, sumSq / n - mean * mean);
            return new Background(mean, Math.sqrt(variance), chroma / n,
                    (int) (r / n), (int) (g / n), (int) (b / n));
        }
    }
}
