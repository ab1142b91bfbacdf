package id.loket.core.provision;

import id.loket.core.biometric.FingerSet;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisioningFileTest {

    @TempDir
    Path dir;

    private static ProvisioningInput parse(String json) throws ProvisioningFileException {
        return ProvisioningFile.parse(json.getBytes(StandardCharsets.UTF_8), "office.json");
    }

    @Test
    void theDocumentedExampleIsAGoodProvisioning() throws Exception {
        Path example = Path.of("../../docs/provisioning/office.example.json");
        Provisioning p = ProvisioningValidator.validate(ProvisioningFile.read(example)).provisioning().orElseThrow();
        assertThat(p.officeCode()).isEqualTo("DPS");
        assertThat(p.enrollsNow()).isFalse();
        assertThat(p.fingers()).isEqualTo(FingerSet.FOUR);
    }

    @Test
    void numbersArraysAndPresetsAreRead() throws Exception {
        ProvisioningInput in = parse("""
                {"officeCode": "DPS", "officeName": "Denpasar", "counter": 3, "centreUrl": "http://127.0.0.1:8480/",
                 "enrollmentToken": "abcdefghij", "fingers": "FOUR", "qualityThreshold": 55,
                 "laneQuotas": {"WALK_IN": 10}}
                """);
        assertThat(in.counter()).isEqualTo("3");
        assertThat(in.enrollLater()).isFalse();
        assertThat(in.fingers()).containsExactly("FOUR");
        assertThat(in.laneQuotas()).containsEntry("WALK_IN", "10");
        assertThat(ProvisioningValidator.validate(in).valid()).isTrue();
    }

    @Test
    void noTokenMeansOfflineForNow() throws Exception {
        ProvisioningInput in = parse("""
                {"officeCode": "DPS", "officeName": "Denpasar", "counter": 3, "enrollmentToken": null}
                """);
        assertThat(in.enrollLater()).isTrue();
        assertThat(ProvisioningValidator.validate(in).provisioning().orElseThrow().enrollsNow()).isFalse();
    }

    @Test
    void typosAndWrongShapesAreFieldProblems() throws Exception {
        ProvisioningInput in = parse("""
                {"officeCode": "DPS", "officeName": "Denpasar", "counter": [3], "qualityTreshold": 70,
                 "laneQuotas": 40}
                """);
        var result = ProvisioningValidator.validate(in);
        assertThat(result.problems()).extracting(FieldProblem::field)
                .containsExactly("counter", "qualityTreshold", "laneQuotas");
        assertThat(Messages.ENGLISH.render(result.problems().get(1).asLine())).isEqualTo(
                "Unknown field: is not a provisioning file field; known: officeCode, officeName, counter, centreUrl, "
                        + "enrollmentToken, fingers, qualityThreshold, laneQuotas.");
        assertThat(Messages.ENGLISH.render(result.problems().get(0).reason()))
                .isEqualTo("must be a whole number from 1 to 99; not \"[3]\".");
    }

    @Test
    void aFileThatIsNotOneJsonObjectIsRefusedWhole() throws IOException {
        assertThatThrownBy(() -> parse("{\"officeCode\": \"DPS\",\n \"counter\": }"))
                .isInstanceOfSatisfying(ProvisioningFileException.class, e ->
                        assertThat(Messages.ENGLISH.render(e.reason())).startsWith("File office.json is not valid JSON (line 2"));
        assertThatThrownBy(() -> parse("[1, 2]")).isInstanceOfSatisfying(ProvisioningFileException.class,
                e -> assertThat(e.reason().key()).isEqualTo("provision.file.notObject"));
        assertThatThrownBy(() -> parse("{\"counter\": 1, \"counter\": 2}"))
                .isInstanceOf(ProvisioningFileException.class);
        assertThatThrownBy(() -> ProvisioningFile.read(dir.resolve("missing.json")))
                .isInstanceOfSatisfying(ProvisioningFileException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("provision.file.unreadable"));
        Path big = Files.writeString(dir.resolve("big.json"), "{\"officeName\": \"" + "x".repeat(70_000) + "\"}");
        assertThatThrownBy(() -> ProvisioningFile.read(big)).isInstanceOfSatisfying(ProvisioningFileException.class,
                e -> assertThat(e.reason().key()).isEqualTo("provision.file.tooLarge"));
    }
}
