package id.loket.core.photo;

/**
 * Bounds that keep a hostile or broken file from exhausting memory. Dimensions are checked from
 * the file header before any pixel is decoded, so a "decompression bomb" (a few kilobytes that
 * claim 100,000 x 100,000 pixels) is refused without allocating its raster.
 *
 * @param maxBytes  largest file accepted
 * @param maxSide   largest width or height in pixels
 * @param maxPixels largest width x height
 */
public record DecoderLimits(int maxBytes, int maxSide, long maxPixels) {

    /**
     * 25 MB, 10,000 px per side, 40 megapixels: above any camera a counter uses (a 24 MP DSLR is
     * 6000 x 4000), while a decoded 40 MP RGB image stays at 160 MB.
     */
    public static final DecoderLimits DEFAULT = new DecoderLimits(25 * 1024 * 1024, 10_000, 40_000_000L);

    public DecoderLimits {
        if (maxBytes <= 0 || maxSide <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
