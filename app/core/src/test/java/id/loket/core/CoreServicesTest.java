package id.loket.core;

import id.loket.core.officer.LoginResult;
import id.loket.core.officer.Officer;
import id.loket.core.workflow.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CoreServicesTest {

    @TempDir
    Path dir;

    @Test
    void wiresEveryServiceOnOneStoreThatSurvivesARestart() {
        Officer admin;
        try (CoreServices core = CoreServices.open(dir, Fixtures.CLOCK)) {
            assertThat(core.store().dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(core.officers().hasOfficers()).isFalse();
            assertThat(core.deviceProfiles().current()).isEmpty();
            admin = core.officers().createFirstAdministrator("admin", "Ni Luh Putu Ayu", "kata-sandi-admin".toCharArray());
            core.deviceProfiles().save("MTR", 2);
        }
        try (CoreServices core = CoreServices.open(dir, Fixtures.CLOCK)) {
            assertThat(core.officers().login("admin", "kata-sandi-admin".toCharArray()))
                    .isEqualTo(new LoginResult.Success(admin));
            assertThat(core.deviceProfiles().current()).hasValueSatisfying(p -> assertThat(p.officeCode()).isEqualTo("MTR"));
            assertThat(core.audit().verify().ok()).isTrue();
            assertThat(core.audit().entries()).hasSize(2);
        }
    }
}
