package id.loket.core.photo;

/**
 * A rectangle of the source image, in source pixels, that becomes the passport photo. Made by
 * {@link PassportCrop}, which keeps it at 7:9 and inside the image.
 */
public record CropRect(int x, int y, int width, int height) {

    public CropRect {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("crop must have a positive size at a non-negative position");
        }
    }

    /** True when the rectangle lies inside an image of this size. */
    public boolean fitsIn(int imageWidth, int imageHeight) {
        return x + width <= imageWidth && y + height <= imageHeight;
    }
}
