package id.loket.desktop.setup;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerSet;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Role;
import id.loket.core.provision.CaptureSettings;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.provision.DeviceProvisioner;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.sync.SyncWiring;
import id.loket.sync.central.CentralServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FirstRunViewModelTest {

    @TempDir
    Path home;
    private CoreServices core;
    private OkHttpClient http;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private FirstRunViewModel model;

    @BeforeEach
    void open() {
        core = TestCore.open(home);
        http = SyncWiring.httpClient();
        model = new FirstRunViewModel(core, new DeviceProvisioner(core, http, TestCore.CLOCK),
                new SameThreadTaskRunner(), navigator);
        model.load();
        model.officeCodeProperty().set("dps");
        model.officeNameProperty().set("Kantor Imigrasi Denpasar");
        model.counterNumberProperty().set("7");
        model.usernameProperty().set("ayu");
        model.fullNameProperty().set("Ayu Lestari");
        model.passwordProperty().set("rahasia-123");
        model.confirmationProperty().set("rahasia-123");
    }

    @AfterEach
    void close() {
        SyncWiring.shutdown(http);
        core.close();
    }

    @Test
    void startsFromTheDefaultsOffline() {
        assertThat(model.offlineProperty().get()).isTrue();
        assertThat(model.qualityThresholdProperty().get()).isEqualTo("60");
        assertThat(model.form().finger(Finger.LEFT_INDEX).get()).isTrue();
        assertThat(model.form().finger(Finger.LEFT_THUMB).get()).isFalse();
        assertThat(model.form().quota(Lane.APPOINTMENT).get()).isEqualTo("120");
    }

    @Test
    void walksTheStepsAndSavesProvisioningAndTheFirstAdministratorThenGoesToLogin() {
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.CENTRE);
        model.next();
        model.form().choose(FingerSet.FOUR);
        model.qualityThresholdProperty().set("80");
        model.next();
        model.form().quota(Lane.WALK_IN).set("12");
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.ADMINISTRATOR);
        model.next();

        assertThat(model.errorProperty().get()).isNull();
        assertThat(navigator.visits).containsExactly("login");
        assertThat(core.deviceProfiles().current()).hasValueSatisfying(p -> {
            assertThat(p.officeCode()).isEqualTo("DPS");
            assertThat(p.counterNumber()).isEqualTo(7);
        });
        assertThat(core.provisioning().settings().capture()).isEqualTo(new CaptureSettings(FingerSet.FOUR, 80));
        assertThat(core.queue().settings().quotas().of(Lane.WALK_IN)).isEqualTo(12);
        assertThat(model.passwordProperty().get()).isEmpty();
        var login = core.officers().login("ayu", "rahasia-123".toCharArray());
        assertThat(login).isInstanceOfSatisfying(id.loket.core.officer.LoginResult.Success.class,
                s -> assertThat(s.officer().role()).isEqualTo(Role.ADMINISTRATOR));
    }

    @Test
    void aBadValueStaysOnItsStepWithTheReasonUnderTheField() {
        model.counterNumberProperty().set("100");
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.OFFICE);
        assertThat(model.form().problem("counter").get()).extracting(Message::key).isEqualTo("provision.reason.counter");
        assertThat(model.form().problem("officeCode").get()).isNull();
        model.counterNumberProperty().set("9");
        model.next();
        assertThat(model.form().problem("counter").get()).isNull();
        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.CENTRE);
    }

    @Test
    void refusesBadAdministratorInputAndSavesNothing() {
        assertRefused(() -> model.fullNameProperty().set(" "), "setup.error.fullName");
        assertRefused(() -> model.usernameProperty().set("a b"), "setup.error.username");
        assertRefused(() -> {
            model.passwordProperty().set("short");
            model.confirmationProperty().set("short");
        }, "setup.error.passwordLength");
        assertRefused(() -> model.confirmationProperty().set("rahasia-124"), "setup.error.passwordMismatch");
        assertThat(core.officers().hasOfficers()).isFalse();
        assertThat(core.deviceProfiles().current()).isEmpty();
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void savingJumpsBackToTheFirstStepWithABadValue() {
        model.stepProperty().set(SetupStep.ADMINISTRATOR);
        model.form().quota(Lane.COLLECTIVE).set("lots");
        model.save();
        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.QUOTAS);
        assertThat(model.form().problem("laneQuotas.COLLECTIVE").get()).isNotNull();
        assertThat(core.deviceProfiles().current()).isEmpty();
    }

    @Test
    void aProvisioningFileFillsTheStepsAndShowsItsProblemsField() throws IOException {
        Path file = Files.writeString(home.resolve("office.json"), """
                {"officeCode": "MTR", "officeName": "Kantor Imigrasi Mataram", "counter": 0,
                 "fingers": "TEN", "qualityThreshold": 70, "laneQuotas": {"PRIORITY": 5}}
                """);
        model.loadFile(file);
        assertThat(model.officeCodeProperty().get()).isEqualTo("MTR");
        assertThat(model.form().finger(Finger.LEFT_LITTLE).get()).isTrue();
        assertThat(model.qualityThresholdProperty().get()).isEqualTo("70");
        assertThat(model.form().quota(Lane.PRIORITY).get()).isEqualTo("5");
        assertThat(model.stepProperty().get()).isEqualTo(SetupStep.OFFICE);
        assertThat(model.form().problem("counter").get()).isNotNull();
        assertThat(model.noticeProperty().get().args()).containsExactly("office.json", 1);
    }

    @Test
    void aTokenEnrollsWithTheCentreAndARefusedTokenKeepsTheWizardOnTheCentreStep() {
        try (CentralServer centre = CentralServer.builder().clock(TestCore.CLOCK).build().start("127.0.0.1", 0)) {
            String url = "http://127.0.0.1:" + centre.port() + "/";
            model.centreUrlProperty().set(url);
            model.offlineProperty().set(false);
            model.enrollmentTokenProperty().set("not-a-real-token");
            model.stepProperty().set(SetupStep.ADMINISTRATOR);
            model.save();
            assertThat(model.stepProperty().get()).isEqualTo(SetupStep.CENTRE);
            assertThat(model.errorProperty().get()).extracting(Message::key).isEqualTo("setup.enroll.refused");
            assertThat(core.officers().hasOfficers()).isFalse();

            model.enrollmentTokenProperty().set(centre.tokens().issue("DPS", 7, Duration.ofHours(1)).token());
            model.passwordProperty().set("rahasia-123");
            model.confirmationProperty().set("rahasia-123");
            model.stepProperty().set(SetupStep.ADMINISTRATOR);
            model.save();
            assertThat(model.errorProperty().get()).isNull();
            assertThat(navigator.visits).containsExactly("login");
            assertThat(core.sync().identities().current()).hasValueSatisfying(id -> {
                assertThat(id.enrolled()).isTrue();
                assertThat(id.centreUrl()).isEqualTo(url);
            });
        }
    }

    private void assertRefused(Runnable breakIt, String key) {
        open();
        breakIt.run();
        model.stepProperty().set(SetupStep.ADMINISTRATOR);
        model.save();
        assertThat(model.errorProperty().get()).extracting(Message::key).isEqualTo(key);
    }
}
