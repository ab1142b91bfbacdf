package id.loket.core.photo;

/**
 * The numbers {@link PhotoChecks} and {@link PassportCrop} judge a photo by. Configurable because
 * the state's exact acceptance rules are not public and cameras differ between offices; the
 * defaults ({@link #DEFAULT}) follow the public ICAO guidance:
 * <ul>
 *   <li>head height, chin to crown, 70-80% of the photo height (ICAO Doc 9303 portrait guidance);</li>
 *   <li>head width 50-75% of the photo width (ISO/IEC 19794-5 full frontal image);</li>
 *   <li>a plain, light, uniform background without shadows; the counters use white;</li>
 *   <li>at least 600 x 750 pixels in the framed photo, so the 413 x 531 stored image (35 x 45 mm at
 *       300 dpi) is never upscaled and the eyes are well over the 90 pixels apart ISO/IEC 19794-5
 *       asks of a full frontal image.</li>
 * </ul>
 * Brightness values are Rec. 601 luma, 0-255. The head size is a proxy from the silhouette (no face
 * detector), so a head outside the ICAO range by less than {@code headTolerance} is a warning and
 * only a clearer miss is a problem.
 *
 * @param minWidth                 minimum width of the framed photo in pixels
 * @param minHeight                minimum height of the framed photo in pixels
 * @param minBackgroundLuma        mean luma of the border strips at least this ("white")
 * @param maxBackgroundStdDev      luma standard deviation of the border strips at most this (plain, no shadow)
 * @param maxBackgroundChroma      mean (max(R,G,B) - min(R,G,B)) of the border strips at most this (not coloured)
 * @param foregroundThreshold      a pixel whose channel differs from the background by more is the person
 * @param minHeadHeight            ICAO lower bound, fraction of the photo height
 * @param maxHeadHeight            ICAO upper bound, fraction of the photo height
 * @param headTolerance            margin around the ICAO range that is only a warning
 * @param minHeadWidth             lower bound, fraction of the photo width (warning)
 * @param maxHeadWidth             upper bound, fraction of the photo width (warning)
 * @param headHeightPerWidth       head height / head width, used when no neck is visible
 * @param minFaceLuma              mean face luma below this is under-exposed (warning)
 * @param maxClippedFaceFraction   fraction of face pixels at luma >= 250 above this is over-exposed (warning)
 * @param minSharpness             variance of the Laplacian of the face at {@code sharpnessHeight} below
 *                                 this is blurred (warning)
 * @param sharpnessHeight          the photo is scaled to this height before measuring sharpness, so the
 *                                 measure judges the stored image and not the camera's resolution
 */
public record PhotoPolicy(int minWidth, int minHeight, double minBackgroundLuma, double maxBackgroundStdDev,
                          double maxBackgroundChroma, int foregroundThreshold, double minHeadHeight,
                          double maxHeadHeight, double headTolerance, double minHeadWidth, double maxHeadWidth,
                          double headHeightPerWidth, double minFaceLuma, double maxClippedFaceFraction,
                          double minSharpness, int sharpnessHeight) {

    /** ICAO-based defaults for a white-background capture station; see the type comment. */
    public static final PhotoPolicy DEFAULT = new PhotoPolicy(600, 750, 200, 16, 40, 48,
            0.70, 0.80, 0.05, 0.50, 0.75, 1.35, 70, 0.10, 60, 531);

    public PhotoPolicy {
        if (minWidth <= 0 || minHeight <= 0 || sharpnessHeight <= 0 || foregroundThreshold <= 0) {
            throw new IllegalArgumentException("sizes and threshold must be positive");
        }
        if (!(0 < minHeadHeight && minHeadHeight < maxHeadHeight && maxHeadHeight <= 1)
                || !(0 < minHeadWidth && minHeadWidth < maxHeadWidth && maxHeadWidth <= 1)) {
            throw new IllegalArgumentException("head ranges must be fractions with min < max");
        }
        if (headTolerance < 0 || headHeightPerWidth <= 0) {
            throw new IllegalArgumentException("tolerance and head proportion must be positive");
        }
    }
}
