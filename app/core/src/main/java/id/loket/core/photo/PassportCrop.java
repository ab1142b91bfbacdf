package id.loket.core.photo;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Frames the applicant: keeps every crop at the passport aspect (7:9) and inside the image,
 * proposes a crop around the person so the head fills ICAO's proportion, and writes the stored
 * JPEG at the {@link PassportFormat} size without metadata. The officer always sees and may move
 * the proposal; the suggestion is only a starting point.
 */
public final class PassportCrop {

    private static final int MIN_HEIGHT = 9;

    private final PassportFormat format;
    private final PhotoPolicy policy;

    public PassportCrop(PassportFormat format, PhotoPolicy policy) {
        this.format = Objects.requireNonNull(format, "format");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public PassportFormat format() {
        return format;
    }

    /**
     * A 7:9 crop of the given height centred on a point, moved (and if need be shrunk) to lie
     * inside the image: what the officer gets when dragging or zooming the frame.
     */
    public CropRect centred(int imageWidth, int imageHeight, double centreX, double centreY, int height) {
        if (imageWidth < 7 || imageHeight < MIN_HEIGHT) {
            throw new IllegalArgumentException("image too small to crop: " + imageWidth + "x" + imageHeight);
        }
        int maxHeight = Math.min(imageHeight, imageWidth * PassportFormat.ASPECT_HEIGHT / PassportFormat.ASPECT_WIDTH);
        int h = Math.max(MIN_HEIGHT, Math.min(height, maxHeight));
        int w = Math.min(imageWidth, (int) Math.round(h * (double) PassportFormat.ASPECT_WIDTH
                / PassportFormat.ASPECT_HEIGHT));
        int x = clamp((int) Math.round(centreX - w / 2.0), imageWidth - w);
        int y = clamp((int) Math.round(centreY - h / 2.0), imageHeight - h);
        return new CropRect(x, y, w, h);
    }

    /** Snaps a rectangle the officer drew to 7:9, keeping its centre and height, inside the image. */
    public CropRect adjust(int imageWidth, int imageHeight, CropRect drawn) {
        return centred(imageWidth, imageHeight, drawn.x() + drawn.width() / 2.0, drawn.y() + drawn.height() / 2.0,
                drawn.height());
    }

    /**
     * Proposes a crop from the person's silhouette: the estimated head (crown to chin) takes
     * {@link PassportFormat#headHeight()} of the height, the crown sits {@link PassportFormat#crownMargin()}
     * below the top, the head is centred horizontally. Empty when no person stands out from the
     * background (then the officer frames by hand or retakes).
     */
    public Optional<CropRect> suggestCrop(BufferedImage image) {
        Pixels pixels = Pixels.of(image);
        Silhouette s = Silhouette.measure(pixels, Background.measure(pixels), policy);
        if (!s.found() || s.headHeight() <= 0) {
            return Optional.empty();
        }
        double height = s.headHeight() / format.headHeight();
        double top = s.crown() - format.crownMargin() * height;
        return Optional.of(centred(image.getWidth(), image.getHeight(), s.centreX(), top + height / 2,
                (int) Math.round(height)));
    }

    /** A copy of the region (not sharing the source raster), at source resolution, for checking and display. */
    public BufferedImage crop(BufferedImage source, CropRect rect) {
        if (!rect.fitsIn(source.getWidth(), source.getHeight())) {
            throw new IllegalArgumentException("crop " + rect + " outside image " + source.getWidth() + "x"
                    + source.getHeight());
        }
        BufferedImage out = new BufferedImage(rect.width(), rect.height(), BufferedImage.TYPE_INT_RGB);
        int[] row = source.getRGB(rect.x(), rect.y(), rect.width(), rect.height(), null, 0, rect.width());
        out.setRGB(0, 0, rect.width(), rect.height(), row, 0, rect.width());
        return out;
    }

    /** The stored photo: the region scaled to the format size, JPEG at the format quality, JFIF only. */
    public byte[] toJpeg(BufferedImage source, CropRect rect) {
        BufferedImage scaled = Scaling.resize(crop(source, rect), format.width(), format.height());
        return JpegWriter.write(scaled, format.jpegQuality(), format.dpi());
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
