package id.loket.core.photo;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PhotoChecksTest {

    private final PhotoChecks checks = new PhotoChecks(PhotoPolicy.DEFAULT);

    private PhotoCheckResult check(Portrait portrait) {
        return checks.check(portrait.draw());
    }

    @Test
    void aWellFramedPortraitOnWhitePassesEveryCheck() {
        PhotoCheckResult result = check(Portrait.good());
        assertThat(result.problems()).as("%s", result.metrics()).isEmpty();
        assertThat(result.warnings()).as("%s", result.metrics()).isEmpty();
        assertThat(result.acceptable()).isTrue();
        PhotoMetrics m = result.metrics();
        assertThat(m.personFound()).isTrue();
        assertThat(m.neckVisible()).isTrue();
        assertThat(m.headHeightRatio()).isBetween(0.70, 0.80);
        assertThat(m.headWidthRatio()).isCloseTo(0.78 * 900 / 1.45 / 700, within(0.03));
        assertThat(m.backgroundLuma()).isGreaterThan(240);
        assertThat(m.backgroundStdDev()).isLessThan(8);
    }

    @Test
    void aGreyBackgroundIsTooDarkAndTheMessageCarriesTheMeasuredValue() {
        PhotoCheckResult result = check(Portrait.good().withBackground(new Color(150, 150, 150), null));
        assertThat(result.problemKeys()).containsExactly("photo.check.backgroundDark");
        Message dark = result.problems().getFirst();
        assertThat((Integer) dark.args().get(0)).isBetween(148, 152);
        assertThat(dark.args().get(1)).isEqualTo(200);
        assertThat(Messages.INDONESIAN.render(dark)).matches("Latar terlalu gelap \\(kecerahan 1(4[89]|5[0-2]), minimal 200\\).*");
    }

    @Test
    void aPatternedBackgroundIsNotUniform() {
        PhotoCheckResult result = check(Portrait.good().withBackground(Portrait.WHITE, new Color(205, 205, 205)));
        assertThat(result.problemKeys()).containsExactly("photo.check.backgroundUneven");
        assertThat(result.metrics().backgroundStdDev()).isGreaterThan(16);
    }

    @Test
    void aColouredBackgroundIsRefusedEvenWhenBright() {
        PhotoCheckResult result = check(Portrait.good().withBackground(new Color(200, 230, 255), null));
        assertThat(result.problemKeys()).containsExactly("photo.check.backgroundColour");
    }

    @Test
    void aTinyImageFailsTheResolutionCheckWithItsSize() {
        PhotoCheckResult result = check(Portrait.good().withSize(210, 270));
        assertThat(result.problemKeys()).containsExactly("photo.check.resolution");
        assertThat(result.problems().getFirst().args()).containsExactly(210, 270, 600, 750);
        assertThat(Messages.ENGLISH.render(result.problems().getFirst()))
                .startsWith("The resolution is too low (210x270 pixels, at least 600x750)");
    }

    @Test
    void aSmallHeadFailsTheHeadSizeCheck() {
        PhotoCheckResult result = check(Portrait.good().withHead(0.45, 0.2, 0.5));
        assertThat(result.problemKeys()).containsExactly("photo.check.headTooSmall");
        assertThat(result.metrics().headHeightRatio()).isLessThan(0.65);
    }

    @Test
    void aHeadFillingTheFrameFailsTheHeadSizeCheckWithoutAVisibleNeck() {
        PhotoCheckResult result = check(Portrait.good().withHead(1.0, 0.03, 0.5));
        assertThat(result.problemKeys()).contains("photo.check.headTooBig");
        assertThat(result.metrics().neckVisible()).isFalse();
        assertThat(result.metrics().headHeightRatio()).isGreaterThan(0.85);
    }

    @Test
    void aHeadSlightlyOutsideTheIcaoRangeIsOnlyAWarning() {
        PhotoCheckResult result = check(Portrait.good().withHead(0.71, 0.12, 0.5));
        assertThat(result.problems()).as("%s", result.metrics()).isEmpty();
        assertThat(result.warningKeys()).contains("photo.warn.headSize");
    }

    @Test
    void aHeadCutAtTheTopEdgeIsAProblem() {
        PhotoCheckResult result = check(Portrait.good().withHead(0.80, -0.04, 0.5));
        assertThat(result.problemKeys()).contains("photo.check.headCut");
    }

    @Test
    void anEmptyBackgroundHasNoPerson() {
        PhotoCheckResult result = checks.check(Portrait.good().withHead(0.78, 2.0, 0.5).draw());
        assertThat(result.problemKeys()).containsExactly("photo.check.noPerson");
        assertThat(result.metrics().personFound()).isFalse();
        assertThat(result.metrics().headHeightRatio()).isNaN();
    }

    @Test
    void aBlurredPhotoIsWarnedButNotRefused() {
        PhotoCheckResult sharp = check(Portrait.good());
        PhotoCheckResult result = check(Portrait.good().withBlur(9));
        assertThat(result.problems()).as("%s", result.metrics()).isEmpty();
        assertThat(result.warningKeys()).containsExactly("photo.warn.blurred");
        assertThat(result.metrics().sharpness()).isLessThan(sharp.metrics().sharpness() / 4);
    }

    @Test
    void aDarkFaceIsUnderExposed() {
        PhotoCheckResult result = check(Portrait.good().withSkin(new Color(70, 50, 40), false));
        assertThat(result.warningKeys()).contains("photo.warn.underexposed");
        assertThat(result.problems()).as("%s", result.metrics()).isEmpty();
    }

    @Test
    void aFaceWashedOutByGlareIsOverExposed() {
        PhotoCheckResult result = check(Portrait.good().withSkin(Portrait.SKIN, true));
        assertThat(result.warningKeys()).contains("photo.warn.overexposed");
        assertThat(result.metrics().clippedFaceFraction()).isGreaterThan(0.10);
    }

    @Test
    void theSharpnessMeasureDoesNotDependOnTheCameraResolution() {
        double small = check(Portrait.good()).metrics().sharpness();
        double large = check(Portrait.good().withSize(1400, 1800)).metrics().sharpness();
        assertThat(large).isGreaterThan(PhotoPolicy.DEFAULT.minSharpness());
        assertThat(small).isGreaterThan(PhotoPolicy.DEFAULT.minSharpness());
    }

    @Test
    void everyMessageRendersInBothLanguagesWithoutPlaceholders() {
        Portrait[] variants = {Portrait.good().withSize(210, 270),
            Portrait.good().withBackground(new Color(120, 140, 200), new Color(90, 90, 90)),
            Portrait.good().withHead(0.45, 0.2, 0.5), Portrait.good().withHead(1.0, -0.02, 0.5),
            Portrait.good().withHead(0.71, 0.12, 0.2), Portrait.good().withHead(0.78, 2.0, 0.5),
            Portrait.good().withBlur(9), Portrait.good().withSkin(new Color(70, 50, 40), true)};
        int rendered = 0;
        for (Portrait p : variants) {
            PhotoCheckResult r = check(p);
            for (Message m : concat(r)) {
                for (Messages lang : new Messages[] {Messages.INDONESIAN, Messages.ENGLISH}) {
                    assertThat(lang.has(m.key())).as(m.key()).isTrue();
                    assertThat(lang.render(m)).doesNotContain("{").doesNotContain("[");
                    rendered++;
                }
            }
        }
        assertThat(rendered).isGreaterThanOrEqualTo(20);
    }

    private static java.util.List<Message> concat(PhotoCheckResult r) {
        java.util.List<Message> all = new java.util.ArrayList<>(r.problems());
        all.addAll(r.warnings());
        return all;
    }
}
