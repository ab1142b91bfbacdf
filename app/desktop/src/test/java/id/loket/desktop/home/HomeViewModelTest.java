package id.loket.desktop.home;

import id.loket.core.CoreServices;
import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Lane;
import id.loket.core.application.NikVerification;
import id.loket.core.application.PassportType;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.biometric.FingerSet;
import id.loket.core.store.Ids;
import id.loket.core.officer.Officer;
import id.loket.core.workflow.ApplicationState;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewModelTest {

    @TempDir
    Path home;
    private CoreServices core;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private HomeViewModel model;

    @BeforeEach
    void open() {
        core = TestCore.open(home);
        core.deviceProfiles().save("DPS", 7);
        model = new HomeViewModel(core.applications(), () -> core.deviceProfiles().current(),
                new SameThreadTaskRunner(), navigator, TestCore.CLOCK);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void showsOfficerDeviceAndAZeroForEveryStateOnAnEmptyDay() {
        Officer ayu = core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        model.open(ayu);
        assertThat(model.officerProperty().get()).isEqualTo(ayu);
        assertThat(model.deviceProperty().get().officeCode()).isEqualTo("DPS");
        assertThat(model.deviceProperty().get().counterNumber()).isEqualTo(7);
        assertThat(model.today()).hasSize(ApplicationState.values().length)
                .allSatisfy(row -> assertThat(row.count()).isZero());
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void countsTodaysDraftsButNotYesterdays() {
        Officer ayu = core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        core.applications().saveDraft(draft(TestCore.CLOCK.instant()));
        core.applications().saveDraft(draft(TestCore.CLOCK.instant().minusSeconds(60)));
        core.applications().saveDraft(draft(TestCore.CLOCK.instant().minus(java.time.Duration.ofDays(1))));
        model.open(ayu);
        assertThat(model.today()).contains(new HomeViewModel.StateCount(ApplicationState.DRAFT, 2),
                new HomeViewModel.StateCount(ApplicationState.FINALISED, 0));
    }

    private static Application draft(java.time.Instant createdAt) {
        Applicant applicant = new Applicant("5171014708900001", NikVerification.UNVERIFIED, "Ni Luh Putu Sari",
                "NI LUH PUTU SARI", "Denpasar", java.time.LocalDate.of(1990, 8, 7), Sex.FEMALE, "Jl. Gatot Subroto",
                "081234567890", false);
        return Application.draft(Ids.uuidV7(), applicant, ApplicationKind.NEW, PassportType.ELECTRONIC,
                ServiceLevel.REGULAR, Purpose.UMRAH, Lane.APPOINTMENT, FingerSet.TWO_INDEX, "ayu", createdAt);
    }

    @Test
    void logoutForgetsTheOfficerAndGoesToLogin() {
        Officer ayu = core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        model.open(ayu);
        model.logout();
        assertThat(model.officerProperty().get()).isNull();
        assertThat(navigator.visits).containsExactly("login");
    }
}
