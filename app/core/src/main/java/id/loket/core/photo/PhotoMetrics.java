package id.loket.core.photo;

/**
 * What {@link PhotoChecks} measured, so the screen can show the numbers beside the verdict and a
 * supervisor can tune {@link PhotoPolicy}. Ratios are fractions of the photo size; values that
 * could not be measured (no person found) are {@link Double#NaN}.
 *
 * @param width              photo width in pixels
 * @param height             photo height in pixels
 * @param backgroundLuma     mean luma of the border strips, 0-255
 * @param backgroundStdDev   luma standard deviation of the border strips
 * @param backgroundChroma   mean colourfulness of the border strips, 0-255
 * @param personFound        whether a silhouette stands out from the background
 * @param headHeightRatio    estimated crown-to-chin height / photo height
 * @param headWidthRatio     widest head row / photo width
 * @param neckVisible        whether the chin estimate came from a visible neck (else from the head width)
 * @param faceLuma           mean luma of the face
 * @param clippedFaceFraction fraction of face pixels at luma 250 or more
 * @param sharpness          variance of the Laplacian of the face at the policy's reference height
 */
public record PhotoMetrics(int width, int height, double backgroundLuma, double backgroundStdDev,
                           double backgroundChroma, boolean personFound, double headHeightRatio,
                           double headWidthRatio, boolean neckVisible, double faceLuma,
                           double clippedFaceFraction, double sharpness) {
}
