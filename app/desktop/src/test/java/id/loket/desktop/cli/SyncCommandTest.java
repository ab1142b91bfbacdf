package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.sync.MiniCentre;
import id.loket.desktop.sync.SyncFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code loket sync enroll|run|status} against a small centre on loopback and a real store. */
class SyncCommandTest {

    @TempDir
    Path home;
    private MiniCentre centre;
    private final List<Application> finalised = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        centre = new MiniCentre();
        try (CoreServices core = TestCore.open(home)) {
            SyncFixtures.setUp(core);
            finalised.add(SyncFixtures.finalised(core));
            finalised.add(SyncFixtures.finalised(core));
        }
    }

    @AfterEach
    void tearDown() {
        centre.close();
    }

    private CliRun loket(String... args) {
        return loketIn("en", args);
    }

    private CliRun loketIn(String language, String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--lang", language));
        all.addAll(List.of(args));
        return CliRun.run(TestCore.CLOCK, (dir, clock) -> CoreServices.open(dir, clock, TestCore.fastHasher()),
                Path.of("not-the-home"), "", all.toArray(String[]::new));
    }

    @Test
    void enrollThenRunDeliversEverythingAndStatusSaysSo() {
        CliRun before = loket("sync", "status");
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("Centre: not enrolled", "Waiting to send: 2 records", "never");

        CliRun notYet = loket("sync", "run");
        assertThat(notYet.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(notYet.err()).contains("not enrolled");

        CliRun enroll = loket("sync", "enroll", "--centre", centre.url(), "--token", MiniCentre.TOKEN);
        assertThat(enroll.exitCode()).as(enroll.err()).isZero();
        assertThat(enroll.out()).contains("is enrolled with " + centre.url(), "office DPS, counter 3");

        CliRun run = loket("sync", "run", "--once");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Waiting: 2 records", "Waiting: 0 records, 0 B", "Images uploaded: 6",
                "Records: 2 accepted, 0 duplicate, 0 conflict", "Everything is at the centre.");
        assertThat(centre.records).containsKeys(finalised.get(0).id(), finalised.get(1).id());
        assertThat(centre.refusedSignatures).isEmpty();

        CliRun after = loket("sync", "status");
        assertThat(after.out()).contains("Centre: " + centre.url(), "Waiting to send: 0 records, 0 B",
                "awaiting its decision: 2", "Quarantined: 0", "Last successful sync: 23 November 2026");
    }

    @Test
    void aConflictLeavesTheRecordQuarantinedWithItsReasonAndExitsOne() {
        assertThat(loket("sync", "enroll", "--centre", centre.url(), "--token", MiniCentre.TOKEN).exitCode()).isZero();
        centre.conflicts.add(finalised.get(0).id());
        CliRun run = loket("sync", "run");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).contains("1 accepted", "1 conflict");
        assertThat(run.err()).contains("1 records are quarantined");
        CliRun status = loketIn("id", "sync", "status");
        assertThat(status.out()).contains("Dikarantina: 1", "#1 " + finalised.get(0).id()
                + ": CONFLICT record-conflict: held with another hash");
    }

    @Test
    void aWrongTokenIsRefusedAndAnUnreachableCentreLosesNothing() {
        CliRun wrong = loket("sync", "enroll", "--centre", centre.url(), "--token", "guessed");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(wrong.err()).contains("The centre refused the request (enrollment-refused)");
        assertThat(loket("sync", "enroll", "--centre", "not a url", "--token", "x").exitCode()).isEqualTo(ExitCodes.USAGE);

        assertThat(loket("sync", "enroll", "--centre", centre.url(), "--token", MiniCentre.TOKEN).exitCode()).isZero();
        centre.close();
        CliRun offline = loket("sync", "run");
        assertThat(offline.exitCode()).isEqualTo(ExitCodes.NOT_DONE);
        assertThat(offline.err()).contains("The centre cannot be reached");
        CliRun status = loket("sync", "status");
        assertThat(status.out()).contains("Waiting to send: 2 records", "Last error: offline");
    }
}
