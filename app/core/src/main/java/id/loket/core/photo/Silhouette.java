package id.loket.core.photo;

/**
 * The person's outline against the background, the face-size proxy used instead of a face
 * detector. Scanning down from the crown, the silhouette widens to the head's widest row, narrows
 * to the neck and widens again at the shoulders; the start of the narrowest neck rows stands in for
 * the chin (the jaw meets the neck there in a frontal outline, a little above the real chin). When
 * no neck is visible (a veil or hair down to the shoulders, or a head that fills the frame), the
 * head height is estimated from the head width with {@link PhotoPolicy#headHeightPerWidth()}.
 *
 * @param found       false when no person stands out from the background
 * @param crown       first row of the head
 * @param chin        estimated chin row (exclusive end of the head)
 * @param neckVisible whether the chin came from a visible neck
 * @param headWidth   widest head row in pixels
 * @param centreX     horizontal centre of the head
 * @param area        pixels that differ from the background
 */
record Silhouette(boolean found, int crown, int chin, boolean neckVisible, int headWidth, double centreX,
                  long area) {

    static final Silhouette NONE = new Silhouette(false, -1, -1, false, 0, 0, 0);

    int headHeight() {
        return chin - crown;
    }

    static Silhouette measure(Pixels p, Background bg, PhotoPolicy policy) {
        int w = p.width();
        int h = p.height();
        int[] count = new int[h];
        int[] left = new int[h];
        int[] right = new int[h];
        long area = 0;
        for (int y = 0; y < h; y++) {
            left[y] = -1;
            for (int x = 0; x < w; x++) {
                if (bg.differs(p.at(x, y), policy.foregroundThreshold())) {
                    count[y]++;
                    if (left[y] < 0) {
                        left[y] = x;
                    }
                    right[y] = x;
                }
            }
            area += count[y];
        }
        int minRun = Math.max(3, w / 100);
        int crown = firstSolidRow(count, minRun);
        if (crown < 0 || area < (long) w * h / 50) {
            return NONE;
        }
        int[] span = new int[h];
        for (int y = 0; y < h; y++) {
            span[y] = left[y] < 0 ? 0 : right[y] - left[y] + 1;
        }
        // The span, not the count: highlights and white teeth inside the face are holes in the count.
        double[] width = smooth(span, Math.max(1, h / 200));
        Silhouette withNeck = withNeck(width, crown, minRun, h);
        int chin;
        int headWidth;
        boolean neck = withNeck != null;
        if (neck) {
            chin = withNeck.chin;
            headWidth = withNeck.headWidth;
        } else {
            double headHeight = 0.6 * (h - crown);
            for (int i = 0; i < 8; i++) {
                int row = Math.min(h - 1, crown + (int) Math.round(0.45 * headHeight));
                headHeight = policy.headHeightPerWidth() * width[row];
            }
            chin = (int) Math.round(crown + headHeight);
            headWidth = (int) Math.round(headHeight / policy.headHeightPerWidth());
        }
        double centre = 0;
        int rows = 0;
        for (int y = crown; y < Math.min(h, chin); y++) {
            if (left[y] >= 0) {
                centre += (left[y] + right[y]) / 2.0;
                rows++;
            }
        }
        centre = rows == 0 ? w / 2.0 : centre / rows;
        return new Silhouette(true, crown, chin, neck, headWidth, centre, area);
    }

    /** Finds widest head row, then neck, then shoulders; null when the outline never narrows and widens again. */
    private static Silhouette withNeck(double[] width, int crown, int minRun, int h) {
        double max = 0;
        boolean belowWidest = false;
        double neckMin = Double.MAX_VALUE;
        int maxRow = crown;
        int shoulders = -1;
        for (int y = crown; y < h; y++) {
            if (!belowWidest) {
                if (width[y] > max) {
                    max = width[y];
                    maxRow = y;
                } else if (width[y] < 0.92 * max && max >= 2 * minRun) {
                    belowWidest = true;
                }
            }
            if (belowWidest) {
                neckMin = Math.min(neckMin, width[y]);
                if (neckMin < 0.85 * max && width[y] > 1.25 * neckMin && width[y] > neckMin + 0.1 * max) {
                    shoulders = y;
                    break;
                }
            }
        }
        if (shoulders < 0) {
            return null;
        }
        int neckRow = shoulders;
        for (int y = maxRow; y < shoulders; y++) {
            if (width[y] <= neckMin * 1.03 + 1) {
                neckRow = y;
                break;
            }
        }
        return new Silhouette(true, crown, neckRow, true, (int) Math.round(max), 0, 0);
    }

    private static int firstSolidRow(int[] count, int minRun) {
        for (int y = 0; y + 2 < count.length; y++) {
            if (count[y] >= minRun && count[y + 1] >= minRun && count[y + 2] >= minRun) {
                return y;
            }
        }
        return -1;
    }

    private static double[] smooth(int[] values, int radius) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int from = Math.max(0, i - radius);
            int to = Math.min(values.length - 1, i + radius);
            double sum = 0;
            for (int j = from; j <= to; j++) {
                sum += values[j];
            }
            out[i] = sum / (to - from + 1);
        }
        return out;
    }
}
