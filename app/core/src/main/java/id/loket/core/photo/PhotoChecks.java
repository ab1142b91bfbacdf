package id.loket.core.photo;

import id.loket.core.i18n.Message;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges a framed photo (the 7:9 crop at source resolution, see {@link PassportCrop#crop}) against
 * {@link PhotoPolicy} without a face detector: resolution; background brightness, uniformity and
 * colour on border strips; head size from the silhouette; exposure and blur of the face as
 * warnings. Every message carries the measured value and the limit, so the officer knows what to
 * change (light, distance, background) before retaking.
 */
public final class PhotoChecks {

    private static final int CLIPPED_LUMA = 250;

    private final PhotoPolicy policy;

    public PhotoChecks(PhotoPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public PhotoCheckResult check(BufferedImage framed) {
        List<Message> problems = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        int w = framed.getWidth();
        int h = framed.getHeight();
        if (w < policy.minWidth() || h < policy.minHeight()) {
            problems.add(Message.of("photo.check.resolution", w, h, policy.minWidth(), policy.minHeight()));
        }
        Pixels pixels = Pixels.of(framed);
        Background bg = Background.measure(pixels);
        checkBackground(bg, problems);
        Silhouette s = Silhouette.measure(pixels, bg, policy);
        if (!s.found()) {
            problems.add(Message.of("photo.check.noPerson"));
            return new PhotoCheckResult(problems, warnings, new PhotoMetrics(w, h, bg.luma(), bg.stdDev(),
                    bg.chroma(), false, Double.NaN, Double.NaN, false, Double.NaN, Double.NaN, Double.NaN));
        }
        double headHeight = s.headHeight() / (double) h;
        double headWidth = s.headWidth() / (double) w;
        checkHead(s, headHeight, headWidth, problems, warnings);
        Face face = Face.measure(framed, pixels, s, policy);
        if (face.luma() < policy.minFaceLuma()) {
            warnings.add(Message.of("photo.warn.underexposed", round(face.luma()), round(policy.minFaceLuma())));
        }
        if (face.clipped() > policy.maxClippedFaceFraction()) {
            warnings.add(Message.of("photo.warn.overexposed", percent(face.clipped()),
                    percent(policy.maxClippedFaceFraction())));
        }
        if (face.sharpness() < policy.minSharpness()) {
            warnings.add(Message.of("photo.warn.blurred", round(face.sharpness()), round(policy.minSharpness())));
        }
        PhotoMetrics metrics = new PhotoMetrics(w, h, bg.luma(), bg.stdDev(), bg.chroma(), true, headHeight,
                headWidth, s.neckVisible(), face.luma(), face.clipped(), face.sharpness());
        return new PhotoCheckResult(problems, warnings, metrics);
    }

    private void checkBackground(Background bg, List<Message> problems) {
        if (bg.luma() < policy.minBackgroundLuma()) {
            problems.add(Message.of("photo.check.backgroundDark", round(bg.luma()), round(policy.minBackgroundLuma())));
        }
        if (bg.stdDev() > policy.maxBackgroundStdDev()) {
            problems.add(Message.of("photo.check.backgroundUneven", round(bg.stdDev()),
                    round(policy.maxBackgroundStdDev())));
        }
        if (bg.chroma() > policy.maxBackgroundChroma()) {
            problems.add(Message.of("photo.check.backgroundColour", round(bg.chroma()),
                    round(policy.maxBackgroundChroma())));
        }
    }

    private void checkHead(Silhouette s, double height, double width, List<Message> problems,
                           List<Message> warnings) {
        if (s.crown() == 0) {
            problems.add(Message.of("photo.check.headCut"));
        }
        int min = percent(policy.minHeadHeight());
        int max = percent(policy.maxHeadHeight());
        if (height < policy.minHeadHeight() - policy.headTolerance()) {
            problems.add(Message.of("photo.check.headTooSmall", percent(height), min, max));
        } else if (height > policy.maxHeadHeight() + policy.headTolerance()) {
            problems.add(Message.of("photo.check.headTooBig", percent(height), min, max));
        } else if (height < policy.minHeadHeight() || height > policy.maxHeadHeight()) {
            warnings.add(Message.of("photo.warn.headSize", percent(height), min, max));
        }
        if (width < policy.minHeadWidth() || width > policy.maxHeadWidth()) {
            warnings.add(Message.of("photo.warn.headWidth", percent(width), percent(policy.minHeadWidth()),
                    percent(policy.maxHeadWidth())));
        }
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }

    private static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }

    /**
     * Exposure and sharpness of the face: all pixels of the middle 70% of the head width, from a
     * quarter of the head height (below the hairline) to 85% (above the chin). All pixels, not only
     * silhouette ones, because a washed-out face looks like the white background.
     */
    private record Face(double luma, double clipped, double sharpness) {

        static Face measure(BufferedImage framed, Pixels p, Silhouette s, PhotoPolicy policy) {
            int x0 = Math.max(0, (int) Math.round(s.centreX() - 0.35 * s.headWidth()));
            int x1 = Math.min(p.width(), (int) Math.round(s.centreX() + 0.35 * s.headWidth()));
            int y0 = Math.max(0, s.crown() + (int) Math.round(0.25 * s.headHeight()));
            int y1 = Math.min(p.height(), s.crown() + (int) Math.round(0.85 * s.headHeight()));
            long sum = 0;
            long clipped = 0;
            long n = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int l = Pixels.luma(p.at(x, y));
                    sum += l;
                    clipped += l >= CLIPPED_LUMA ? 1 : 0;
                    n++;
                }
            }
            double scale = policy.sharpnessHeight() / (double) p.height();
            Pixels scaled = Pixels.of(Scaling.toHeight(framed, policy.sharpnessHeight()));
            double sharpness = scaled.laplacianVariance((int) (x0 * scale), (int) (y0 * scale), (int) (x1 * scale),
                    (int) (y1 * scale));
            return n == 0 ? new Face(0, 0, sharpness) : new Face(sum / (double) n, clipped / (double) n, sharpness);
        }
    }
}
