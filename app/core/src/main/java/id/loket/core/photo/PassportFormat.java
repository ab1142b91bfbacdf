package id.loket.core.photo;

/**
 * The stored passport photo: its pixel size, JPEG quality and where the head sits in it. The
 * default is the ICAO 35 x 45 mm portrait at 300 dpi (413 x 531 px, exactly 7:9), with the head
 * at 75% of the height (middle of ICAO's 70-80%) and the crown 8% below the top edge.
 *
 * @param width           output width in pixels
 * @param height          output height in pixels; width:height must be 7:9
 * @param dpi             density written into the JFIF header
 * @param jpegQuality     0..1 for the JPEG encoder
 * @param headHeight      head height (crown to chin) as a fraction of the height, used by suggestCrop
 * @param crownMargin     gap between the top edge and the crown, fraction of the height
 */
public record PassportFormat(int width, int height, int dpi, float jpegQuality, double headHeight,
                             double crownMargin) {

    /** Width:height of a passport photo, 35:45 = 7:9. */
    public static final int ASPECT_WIDTH = 7;
    public static final int ASPECT_HEIGHT = 9;

    /** 35 x 45 mm at 300 dpi, quality 0.9: about 40-70 kB per photo. */
    public static final PassportFormat ICAO_35X45_300DPI = new PassportFormat(413, 531, 300, 0.90f, 0.75, 0.08);

    public PassportFormat {
        if (width <= 0 || height <= 0 || dpi <= 0) {
            throw new IllegalArgumentException("size and dpi must be positive");
        }
        if (Math.abs(width * ASPECT_HEIGHT - height * ASPECT_WIDTH) > ASPECT_HEIGHT) {
            throw new IllegalArgumentException("output must be 7:9, got " + width + "x" + height);
        }
        if (!(jpegQuality > 0 && jpegQuality <= 1) || !(headHeight > 0 && headHeight + crownMargin < 1)
                || crownMargin < 0) {
            throw new IllegalArgumentException("quality and head placement must be fractions");
        }
    }
}
