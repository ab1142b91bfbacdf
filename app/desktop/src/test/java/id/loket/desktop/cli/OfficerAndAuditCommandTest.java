package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.officer.LoginResult;
import id.loket.core.officer.Role;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code loket officer add} and {@code loket audit verify} against a real store in a temporary directory. */
class OfficerAndAuditCommandTest {

    @TempDir
    Path home;

    @BeforeEach
    void firstAdministrator() {
        try (CoreServices core = TestCore.open(home)) {
            core.officers().createFirstAdministrator("admin", "Made Wirawan", "rahasia-123".toCharArray());
        }
    }

    private CliRun loket(String stdin, String... args) {
        return CliRun.run(TestCore.CLOCK, (dir, clock) -> CoreServices.open(dir, clock, TestCore.fastHasher()),
                Path.of("not-the-home"), stdin, args);
    }

    private CliRun addBudi(String stdin, String... extra) {
        String[] base = {"--home", home.toString(), "officer", "add", "--username", "budi",
                "--name", "Budi Santoso", "--role", "OFFICER", "--admin", "admin"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return loket(stdin, args);
    }

    @Test
    void officerAddThenTheNewOfficerCanLogIn() {
        CliRun run = addBudi("rahasia-123\nbudi-rahasia-1\nbudi-rahasia-1\n");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Petugas ditambahkan: budi (Budi Santoso), peran petugas.");
        assertThat(run.err()).contains("Kata sandi administrator admin:").doesNotContain("rahasia");
        try (CoreServices core = TestCore.open(home)) {
            assertThat(core.officers().login("budi", "budi-rahasia-1".toCharArray()))
                    .isInstanceOfSatisfying(LoginResult.Success.class, s -> {
                        assertThat(s.officer().role()).isEqualTo(Role.OFFICER);
                        assertThat(s.officer().fullName()).isEqualTo("Budi Santoso");
                    });
        }
    }

    @Test
    void refusesWrongAdminPasswordMismatchAndWeakPasswordInTheChosenLanguage() {
        CliRun wrong = addBudi("salah-salah\n", "--lang", "en");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(wrong.err()).contains("4 attempts left");

        CliRun mismatch = addBudi("rahasia-123\nbudi-rahasia-1\nbudi-rahasia-2\n");
        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(mismatch.err()).contains("Kedua kata sandi tidak sama.");

        CliRun weak = addBudi("rahasia-123\npendek\npendek\n", "--lang", "en");
        assertThat(weak.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(weak.err()).contains("at least 10 characters");

        try (CoreServices core = TestCore.open(home)) {
            assertThat(core.officers().find("budi")).isEmpty();
        }
    }

    @Test
    void auditVerifyPassesThenFailsAfterTamperingAndNamesTheEntry() {
        assertThat(addBudi("rahasia-123\nbudi-rahasia-1\nbudi-rahasia-1\n").exitCode()).isZero();
        CliRun intact = loket("", "--home", home.toString(), "audit", "verify", "--lang", "en");
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).containsPattern("Audit log intact: [1-9]\\d* entries checked");

        try (CoreServices core = TestCore.open(home)) {
            core.store().inTransaction(connection -> {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("DROP TRIGGER audit_log_append_only");
                    return sql.executeUpdate("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
                }
            });
        }
        CliRun broken = loket("", "--home", home.toString(), "audit", "verify");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(broken.out()).containsPattern("Entri audit yang diperiksa: \\d+");
        assertThat(broken.err()).contains("Log audit rusak pada entri 2:");
        CliRun english = loket("", "--home", home.toString(), "audit", "verify", "--lang", "en");
        assertThat(english.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(english.err()).contains("Audit log broken at entry 2: the entry was changed");
    }

    @Test
    void unopenableStoreIsAnUnexpectedErrorWithExitFour() {
        CliRun run = CliRun.run(TestCore.CLOCK, (dir, clock) -> {
            throw new IllegalStateException("disk gone");
        }, home, "", "audit", "verify");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("IllegalStateException").doesNotContain("disk gone");
    }
}
