package id.loket.core.biometric;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintCaptureTest {

    private static final String HASH = "c".repeat(64);

    @Test
    void startsWithEveryRequiredFingerPending() {
        FingerprintCapture fp = FingerprintCapture.pending(FingerSet.FOUR);
        assertThat(fp.fingers()).hasSize(4).allMatch(c -> c.status() == FingerStatus.PENDING);
        assertThat(fp.complete()).isFalse();
        assertThat(fp.unresolved()).hasSize(4);
    }

    @Test
    void capturingEveryFingerCompletesIt() {
        FingerprintCapture fp = FingerprintCapture.pending(FingerSet.TWO_INDEX)
                .with(FingerCapture.captured(Finger.LEFT_INDEX, 60, 1, "dev", HASH));
        assertThat(fp.unresolved()).extracting(FingerCapture::finger).containsExactly(Finger.RIGHT_INDEX);
        fp = fp.with(FingerCapture.captured(Finger.RIGHT_INDEX, 55, 3, "dev", HASH));
        assertThat(fp.complete()).isTrue();
        assertThat(fp.finger(Finger.RIGHT_INDEX).attempts()).isEqualTo(3);
    }

    @Test
    void anExceptionResolvesOnlyWithAReasonAndAConfirmation() {
        FingerCapture missing = FingerCapture.exception(Finger.LEFT_INDEX, "amputated", 0);
        assertThat(missing.excepted()).isTrue();
        assertThat(missing.resolved()).isFalse();
        assertThat(missing.confirm("kasi1").resolved()).isTrue();
        assertThat(missing.confirm("kasi1").confirmedBy()).isEqualTo("kasi1");
        assertThat(FingerCapture.exception(Finger.LEFT_INDEX, " ", 0).confirm("kasi1").resolved()).isFalse();
        assertThat(FingerCapture.skippedBySupervisor(Finger.LEFT_INDEX, "quality", 5, "kasi1").resolved()).isTrue();
        assertThat(FingerCapture.pending(Finger.LEFT_INDEX).resolved()).isFalse();
    }

    @Test
    void refusesFingersOutsideTheSetAndDuplicates() {
        assertThatThrownBy(() -> FingerprintCapture.pending(FingerSet.TWO_INDEX)
                .with(FingerCapture.pending(Finger.LEFT_THUMB))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LEFT_THUMB");
        assertThatThrownBy(() -> new FingerprintCapture(FingerSet.TWO_INDEX,
                List.of(FingerCapture.pending(Finger.LEFT_INDEX), FingerCapture.pending(Finger.LEFT_INDEX))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void captureValuesAreChecked() {
        assertThatThrownBy(() -> FingerCapture.captured(Finger.LEFT_INDEX, 101, 1, "d", HASH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FingerCapture.captured(Finger.LEFT_INDEX, 50, 1, "d", "ABC"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FingerCapture(Finger.LEFT_INDEX, FingerStatus.CAPTURED, 50, 1, "d", null, null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhotoCapture("x", 1, 1, java.time.Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhotoCapture(HASH, 0, 1, java.time.Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
