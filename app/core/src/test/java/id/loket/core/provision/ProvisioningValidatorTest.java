package id.loket.core.provision;

import id.loket.core.application.Lane;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerSet;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisioningValidatorTest {

    private static ProvisioningInput good() {
        return ProvisioningInput.typed(" dps ", "Kantor Imigrasi Kelas I TPI Denpasar", "3",
                "https://pusat.imigrasi.example", "tok-123456789", false, List.of("LEFT_INDEX", "RIGHT_INDEX",
                        "left_thumb"), "70", Map.of("WALK_IN", "25"));
    }

    private static List<String> fields(ProvisioningValidator.Result result) {
        return result.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void aGoodInputBecomesAProvisioningWithNormalisedValues() {
        var result = ProvisioningValidator.validate(good());
        assertThat(result.problems()).isEmpty();
        Provisioning p = result.provisioning().orElseThrow();
        assertThat(p.officeCode()).isEqualTo("DPS");
        assertThat(p.counter()).isEqualTo(3);
        assertThat(p.centreUrl()).isEqualTo("https://pusat.imigrasi.example/");
        assertThat(p.enrollmentToken()).isEqualTo("tok-123456789");
        assertThat(p.enrollsNow()).isTrue();
        assertThat(p.fingers()).isEqualTo(FingerSet.of(Finger.LEFT_THUMB, Finger.LEFT_INDEX, Finger.RIGHT_INDEX));
        assertThat(p.qualityThreshold()).isEqualTo(70);
        assertThat(p.quotas().of(Lane.WALK_IN)).isEqualTo(25);
        assertThat(p.quotas().of(Lane.APPOINTMENT)).isEqualTo(120);
        assertThat(p.toString()).doesNotContain("tok-123456789");
    }

    @Test
    void absentFingersThresholdAndQuotasTakeTheDefaultsAndOfflineNeedsNoCentre() {
        var in = ProvisioningInput.typed("MTR", "Kantor Imigrasi Mataram", "1", null, null, true, null, null, null);
        Provisioning p = ProvisioningValidator.validate(in).provisioning().orElseThrow();
        assertThat(p.fingers()).isEqualTo(FingerSet.TWO_INDEX);
        assertThat(p.qualityThreshold()).isEqualTo(60);
        assertThat(p.centreUrl()).isNull();
        assertThat(p.enrollsNow()).isFalse();
        assertThat(p.quotas().daily()).isEqualTo(id.loket.core.queue.LaneQuotas.defaults().daily());
    }

    @Test
    void aPresetNameIsAFingerSet() {
        var in = ProvisioningInput.typed("MTR", "Mataram", "1", null, null, true, List.of("ten"), "60", null);
        assertThat(ProvisioningValidator.validate(in).provisioning().orElseThrow().fingers()).isEqualTo(FingerSet.TEN);
    }

    @Test
    void everyBadValueIsReportedWithItsFieldAndReason() {
        Map<String, String> quotas = new LinkedHashMap<>();
        quotas.put("WALK_IN", "-1");
        quotas.put("EXPRESS", "10");
        quotas.put("PRIORITY", "12.5");
        var in = ProvisioningInput.typed("D P S", " ", "100", "ftp://pusat", "short", false,
                List.of("LEFT_INDEX", "LEFT_INDEX", "LEFT_PINKY"), "5", quotas);
        var result = ProvisioningValidator.validate(in);
        assertThat(result.valid()).isFalse();
        assertThat(result.provisioning()).isEmpty();
        assertThat(fields(result)).containsExactly("officeCode", "officeName", "counter", "centreUrl",
                "enrollmentToken", "fingers", "fingers", "qualityThreshold", "laneQuotas.WALK_IN",
                "laneQuotas.EXPRESS", "laneQuotas.PRIORITY");
        List<String> english = result.problems().stream()
                .map(p -> Messages.ENGLISH.render(p.asLine())).toList();
        assertThat(english).containsExactly(
                "Office code: must be 2 to 16 capital letters or digits, e.g. DPS; not \"D P S\".",
                "Office name: is required.",
                "Counter number: must be a whole number from 1 to 99; not \"100\".",
                "Central server URL: must be a full http:// or https:// URL with a host name, without ? or #, "
                        + "e.g. https://centre.immigration.example/; not \"ftp://pusat\".",
                "Enrollment token: must be 8 to 200 characters without spaces (now 5 characters).",
                "Fingers captured: LEFT_INDEX is listed twice.",
                "Fingers captured: finger \"LEFT_PINKY\" is unknown; known: RIGHT_THUMB, RIGHT_INDEX, RIGHT_MIDDLE, "
                        + "RIGHT_RING, RIGHT_LITTLE, LEFT_THUMB, LEFT_INDEX, LEFT_MIDDLE, LEFT_RING, LEFT_LITTLE.",
                "Fingerprint quality threshold: must be a whole number from 20 to 100; not \"5\".",
                "Daily quota of Walk-in: must be a whole number from 0 to 9999 (0 closes the lane for the day); not \"-1\".",
                "Lane quotas: lane \"EXPRESS\" is unknown; known: APPOINTMENT, WALK_IN, PRIORITY, COLLECTIVE, "
                        + "HAJJ_UMRAH_SESSION.",
                "Daily quota of Priority service (Ramah HAM): must be a whole number from 0 to 9999 (0 closes the lane "
                        + "for the day); not \"12.5\".");
        assertThat(Messages.INDONESIAN.render(result.problems().get(2).asLine()))
                .isEqualTo("Nomor loket: harus bilangan bulat 1 sampai 99; bukan \"100\".");
    }

    @Test
    void enrollingNowNeedsACentreAndAToken() {
        var in = ProvisioningInput.typed("DPS", "Denpasar", "3", "", "", false, null, null, null);
        var result = ProvisioningValidator.validate(in);
        assertThat(fields(result)).containsExactly("centreUrl", "enrollmentToken");
        assertThat(result.of(ProvisioningField.ENROLLMENT_TOKEN)).singleElement().satisfies(p ->
                assertThat(p.reason().key()).isEqualTo("provision.reason.tokenRequired"));
    }

    @Test
    void oneFingerIsNotEnough() {
        var in = ProvisioningInput.typed("DPS", "Denpasar", "3", null, null, true, List.of("RIGHT_INDEX"), "60", null);
        var result = ProvisioningValidator.validate(in);
        assertThat(result.of(ProvisioningField.FINGERS)).singleElement().satisfies(p ->
                assertThat(Messages.ENGLISH.render(p.reason())).isEqualTo("choose at least 2 fingers (now 1)."));
    }

    @Test
    void aLaneProblemBelongsToTheLaneQuotasField() {
        var in = ProvisioningInput.typed("DPS", "Denpasar", "3", null, null, true, null, null, Map.of("COLLECTIVE", "x"));
        var result = ProvisioningValidator.validate(in);
        assertThat(result.of(ProvisioningField.LANE_QUOTAS)).extracting(FieldProblem::field)
                .containsExactly("laneQuotas.COLLECTIVE");
    }
}
