package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.biometric.FingerSet;
import id.loket.core.provision.CaptureSettings;
import id.loket.desktop.support.TestCore;
import id.loket.sync.central.CentralServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code loket provision --file}: the real command on a real store, enrolling with the real central server. */
class ProvisionCommandTest {

    @TempDir
    Path home;
    @TempDir
    Path files;
    private CentralServer centre;
    private String url;

    @BeforeEach
    void startCentre() {
        centre = CentralServer.builder().clock(TestCore.CLOCK).build().start("127.0.0.1", 0);
        url = "http://127.0.0.1:" + centre.port() + "/";
    }

    @AfterEach
    void stopCentre() {
        centre.close();
    }

    private CliRun loket(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return CliRun.run(TestCore.CLOCK, (dir, clock) -> CoreServices.open(dir, clock, TestCore.fastHasher()),
                Path.of("not-the-home"), stdin, all.toArray(String[]::new));
    }

    private Path file(String json) throws IOException {
        return Files.writeString(files.resolve("office.json"), json);
    }

    private String goodFile() {
        return """
                {"officeCode": "DPS", "officeName": "Kantor Imigrasi Kelas I TPI Denpasar", "counter": 1,
                 "centreUrl": "%s", "enrollmentToken": null, "fingers": ["LEFT_THUMB", "LEFT_INDEX", "RIGHT_THUMB",
                 "RIGHT_INDEX"], "qualityThreshold": 70, "laneQuotas": {"WALK_IN": 30, "PRIORITY": 0}}
                """.formatted(url);
    }

    @Test
    void aFileWithBadValuesIsRefusedWithEveryFieldAndReasonAndChangesNothing() throws IOException {
        Path bad = file("""
                {"officeCode": "Denpasar!", "officeName": "Denpasar", "counter": 120, "centreUrl": "pusat",
                 "enrollmentToken": "abc", "fingers": ["LEFT_INDEX"], "qualityThreshold": 101,
                 "laneQuotas": {"WALK_IN": -5, "VIP": 3}, "qualityTreshold": 60}
                """);
        CliRun run = loket("", "provision", "--file", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("File " + bad + " is refused, nothing was changed: 9 bad values.",
                "  officeCode (Office code): must be 2 to 16 capital letters or digits, e.g. DPS; not \"Denpasar!\".",
                "  counter (Counter number): must be a whole number from 1 to 99; not \"120\".",
                "  centreUrl (Central server URL): must be a full http:// or https:// URL",
                "  enrollmentToken (Enrollment token): must be 8 to 200 characters without spaces (now 3 characters).",
                "  fingers (Fingers captured): choose at least 2 fingers (now 1).",
                "  qualityThreshold (Fingerprint quality threshold): must be a whole number from 20 to 100; not \"101\".",
                "  laneQuotas.WALK_IN (Daily quota of Walk-in): must be a whole number from 0 to 9999",
                "  laneQuotas.VIP (Lane quotas): lane \"VIP\" is unknown",
                "  qualityTreshold (Unknown field): is not a provisioning file field");
        assertThat(run.out()).isEmpty();
        try (CoreServices core = TestCore.open(home)) {
            assertThat(core.deviceProfiles().current()).isEmpty();
            assertThat(core.provisioning().settings().current()).isEmpty();
        }
    }

    @Test
    void oneBadValueIsCountedInTheSingular() throws IOException {
        Path bad = file(goodFile().replace("\"counter\": 1,", "\"counter\": 120,"));
        CliRun run = loket("", "provision", "--file", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("File " + bad + " is refused, nothing was changed: 1 bad value.",
                "  counter (Counter number): must be a whole number from 1 to 99; not \"120\".");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedInIndonesianByDefault() throws IOException {
        Path bad = file("{\"officeCode\": ");
        CliRun run = CliRun.run(TestCore.CLOCK, (dir, clock) -> CoreServices.open(dir, clock, TestCore.fastHasher()),
                home, "", "--home", home.toString(), "provision", "--file", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("bukan JSON yang sah");
    }

    @Test
    void aGoodFileProvisionsTheStoreOfflineForNow() throws IOException {
        CliRun run = loket("", "provision", "--file", file(goodFile()).toString(), "--counter", "4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Device provisioned: office DPS (Kantor Imigrasi Kelas I TPI Denpasar), counter 4.",
                "Fingerprints: RIGHT_THUMB,RIGHT_INDEX,LEFT_THUMB,LEFT_INDEX; quality threshold 70.",
                "WALK_IN=30, PRIORITY=0", "Offline for now: enroll later with " + url);
        try (CoreServices core = TestCore.open(home)) {
            assertThat(core.deviceProfiles().current().orElseThrow().counterNumber()).isEqualTo(4);
            assertThat(core.provisioning().settings().capture()).isEqualTo(new CaptureSettings(FingerSet.FOUR, 70));
            assertThat(core.queue().settings().quotas().of(Lane.PRIORITY)).isZero();
            assertThat(core.sync().identities().current()).isEmpty();
        }
        // later, the saved centre is the default of "loket sync enroll"
        String token = centre.tokens().issue("DPS", 4, Duration.ofHours(1)).token();
        CliRun enroll = loket("", "sync", "enroll", "--token", token);
        assertThat(enroll.exitCode()).as(enroll.err()).isZero();
        assertThat(enroll.out()).contains("is enrolled with " + url);
    }

    @Test
    void aTokenEnrollsTheDeviceWithTheCentre() throws IOException {
        String token = centre.tokens().issue("DPS", 2, Duration.ofHours(1)).token();
        CliRun run = loket("", "provision", "--file", file(goodFile()).toString(), "--counter", "2", "--token", token);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("is enrolled with " + url + " (office DPS, counter 2)");
        try (CoreServices core = TestCore.open(home)) {
            var identity = core.sync().identities().current().orElseThrow();
            assertThat(identity.enrolled()).isTrue();
            assertThat(identity.centreUrl()).isEqualTo(url);
        }
    }

    @Test
    void aRefusedTokenKeepsTheSettingsAndSaysHowToEnrollLater() throws IOException {
        CliRun run = loket("", "provision", "--file", file(goodFile()).toString(), "--token", "wrong-token-123");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("The settings are saved, but enrolling with the centre failed",
                "enrollment-refused");
        try (CoreServices core = TestCore.open(home)) {
            assertThat(core.deviceProfiles().current()).isPresent();
            assertThat(core.sync().identities().current().filter(i -> i.enrolled())).isEmpty();
        }
    }

    @Test
    void onceOfficersExistOnlyAnAdministratorProvisionsAgain() throws IOException {
        Path good = file(goodFile());
        assertThat(loket("", "provision", "--file", good.toString()).exitCode()).isZero();
        try (CoreServices core = TestCore.open(home)) {
            core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        }
        CliRun noAdmin = loket("", "provision", "--file", good.toString(), "--counter", "5");
        assertThat(noAdmin.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(noAdmin.err()).contains("add --admin NAME");

        CliRun wrong = loket("salah\n", "provision", "--file", good.toString(), "--counter", "5", "--admin", "ayu");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.REFUSED);

        CliRun admin = loket("rahasia-123\n", "provision", "--file", good.toString(), "--counter", "5",
                "--admin", "ayu");
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        try (CoreServices core = TestCore.open(home)) {
            assertThat(core.deviceProfiles().current().orElseThrow().counterNumber()).isEqualTo(5);
            assertThat(core.audit().entries()).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("device.provisioned");
                assertThat(e.actor()).isEqualTo("ayu");
            });
        }
    }
}
