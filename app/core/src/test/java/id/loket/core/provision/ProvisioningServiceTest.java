package id.loket.core.provision;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.biometric.FingerSet;
import id.loket.core.officer.LoginResult;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.QueueRefusal;
import id.loket.core.store.Ids;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisioningServiceTest {

    @TempDir
    Path dir;
    private CoreServices core;

    @BeforeEach
    void open() {
        core = TestStores.open(dir);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static Provisioning provisioning(String counter, String walkIns) {
        return ProvisioningValidator.validate(ProvisioningInput.typed("mtr", "Kantor Imigrasi Mataram", counter,
                "https://pusat.imigrasi.example/", "one-time-token-1", false, List.of("FOUR"), "75",
                Map.of("WALK_IN", walkIns))).provisioning().orElseThrow();
    }

    @Test
    void theFirstRunSavesProfileSettingsAndQuotasAndAuditsWithoutTheToken() {
        core.provisioning().provisionFirstRun(provisioning("4", "1"), "ayu");

        assertThat(core.deviceProfiles().current()).hasValueSatisfying(p -> {
            assertThat(p.officeCode()).isEqualTo("MTR");
            assertThat(p.counterNumber()).isEqualTo(4);
        });
        OfficeSettings saved = core.provisioning().settings().current().orElseThrow();
        assertThat(saved.officeName()).isEqualTo("Kantor Imigrasi Mataram");
        assertThat(saved.centreUrl()).isEqualTo("https://pusat.imigrasi.example/");
        assertThat(core.provisioning().settings().capture()).isEqualTo(new CaptureSettings(FingerSet.FOUR, 75));
        assertThat(core.queue().settings().quotas().of(Lane.WALK_IN)).isEqualTo(1);

        List<AuditEntry> entries = core.audit().entries();
        AuditEntry provisioned = entries.stream().filter(e -> e.action().equals(ProvisioningService.AUDIT_ACTION))
                .findFirst().orElseThrow();
        assertThat(provisioned.actor()).isEqualTo("ayu");
        assertThat(provisioned.details()).containsEntry("fingers", "RIGHT_THUMB,RIGHT_INDEX,LEFT_THUMB,LEFT_INDEX")
                .containsEntry("qualityThreshold", "75");
        assertThat(entries.toString()).doesNotContain("one-time-token-1");
        assertThat(core.audit().verify().ok()).isTrue();
    }

    @Test
    void theQueueUsesTheProvisionedQuota() {
        core.provisioning().provisionFirstRun(provisioning("4", "1"), "it");
        Officer officer = new Officer(Ids.uuidV7(), "petugas1", "Petugas", Role.OFFICER, true);
        core.queue().tickets().issue(Lane.WALK_IN, officer);
        assertThatThrownBy(() -> core.queue().tickets().issue(Lane.WALK_IN, officer))
                .isInstanceOfSatisfying(QueueRefusal.class,
                        r -> assertThat(r.reason().key()).isEqualTo("queue.refused.quotaFull"));
    }

    @Test
    void beforeProvisioningTheCaptureSettingsAreTheDefaultsAndTheWizardStartsBlank() {
        assertThat(core.provisioning().settings().capture()).isEqualTo(CaptureSettings.DEFAULT);
        ProvisioningInput current = core.provisioning().currentInput();
        assertThat(current.officeCode()).isEmpty();
        assertThat(current.fingers()).containsExactly("RIGHT_INDEX", "LEFT_INDEX");
        assertThat(current.laneQuotas()).containsEntry("APPOINTMENT", "120");
    }

    @Test
    void whatWasProvisionedIsWhatTheWizardStartsFrom() {
        core.provisioning().provisionFirstRun(provisioning("4", "7"), "it");
        ProvisioningInput current = core.provisioning().currentInput();
        assertThat(current.officeCode()).isEqualTo("MTR");
        assertThat(current.counter()).isEqualTo("4");
        assertThat(current.qualityThreshold()).isEqualTo("75");
        assertThat(current.laneQuotas()).containsEntry("WALK_IN", "7");
        assertThat(ProvisioningValidator.validate(current).provisioning().orElseThrow().fingers()).isEqualTo(FingerSet.FOUR);
    }

    @Test
    void onceOfficersExistOnlyAnAdministratorMayProvisionAgain() {
        core.provisioning().provisionFirstRun(provisioning("4", "1"), "it");
        core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());

        assertThatThrownBy(() -> core.provisioning().provisionFirstRun(provisioning("5", "9"), "it"))
                .isInstanceOfSatisfying(ProvisioningRefusal.class,
                        r -> assertThat(r.reason().key()).isEqualTo("provision.refused.hasOfficers"));
        Officer supervisor = new Officer(Ids.uuidV7(), "kasi", "Kasi", Role.SUPERVISOR, true);
        assertThatThrownBy(() -> core.provisioning().provision(provisioning("5", "9"), supervisor))
                .isInstanceOf(ProvisioningRefusal.class);
        assertThat(core.deviceProfiles().current().orElseThrow().counterNumber()).isEqualTo(4);
        assertThat(core.queue().settings().quotas().of(Lane.WALK_IN)).isEqualTo(1);

        Officer admin = ((LoginResult.Success) core.officers().login("ayu", "rahasia-123".toCharArray())).officer();
        var before = core.deviceProfiles().current().orElseThrow().deviceId();
        core.provisioning().provision(provisioning("5", "9"), admin);
        assertThat(core.deviceProfiles().current().orElseThrow().counterNumber()).isEqualTo(5);
        assertThat(core.deviceProfiles().current().orElseThrow().deviceId()).isEqualTo(before);
        assertThat(core.queue().settings().quotas().of(Lane.WALK_IN)).isEqualTo(9);
    }
}
