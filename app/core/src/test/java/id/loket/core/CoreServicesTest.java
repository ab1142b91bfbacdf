package id.loket.core;

import id.loket.core.application.Lane;
import id.loket.core.officer.LoginResult;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.Ticket;
import id.loket.core.store.Ids;
import id.loket.core.workflow.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

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

    @Test
    void wiresTheQueueOnTheSameStoreWithTheClocksZoneAsToday() {
        Officer officer = new Officer(Ids.uuidV7(), "petugas1", "Made Wirawan", Role.OFFICER, true);
        Ticket issued;
        try (CoreServices core = CoreServices.open(dir, Fixtures.CLOCK)) {
            core.deviceProfiles().save("DPS", 4);
            issued = core.queue().tickets().issue(Lane.WALK_IN, officer);
            assertThat(issued.number()).isEqualTo("W04-001");
            assertThat(core.queue().tickets().today()).isEqualTo(LocalDate.ofInstant(Fixtures.CLOCK.instant(),
                    Fixtures.CLOCK.getZone()));
            assertThat(core.audit().entries().getLast().action()).isEqualTo("queue.ticket-issued");
        }
        try (CoreServices core = CoreServices.open(dir, Fixtures.CLOCK)) {
            assertThat(core.queue().calls().callNext(Lane.WALK_IN, officer)).hasValueSatisfying(
                    t -> assertThat(t.id()).isEqualTo(issued.id()));
        }
    }
}
