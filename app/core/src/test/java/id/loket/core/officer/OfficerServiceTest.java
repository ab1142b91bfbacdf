package id.loket.core.officer;

import id.loket.core.CoreServices;
import id.loket.core.MutableClock;
import id.loket.core.TestStores;
import id.loket.core.audit.AuditEntry;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficerServiceTest {

    private static final String ADMIN_PW = "kata-sandi-admin-1";
    private static final String OFFICER_PW = "kata-sandi-petugas";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private CoreServices core;
    private OfficerService officers;

    @BeforeEach
    void open() {
        core = TestStores.open(dir, clock);
        officers = core.officers();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void theFirstAdministratorCanBeCreatedOnlyOnce() {
        assertThat(officers.hasOfficers()).isFalse();
        Officer admin = officers.createFirstAdministrator("Admin", "Ni Luh Putu Ayu", ADMIN_PW.toCharArray());
        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(admin.active()).isTrue();
        assertThat(officers.hasOfficers()).isTrue();
        assertRefused(() -> officers.createFirstAdministrator("admin2", "Other", ADMIN_PW.toCharArray()),
                "officer.firstAdministrator.exists");
        assertThat(officers.list()).containsExactly(admin);
    }

    @Test
    void anAdministratorAddsOfficersAndOthersMayNot() {
        Officer admin = officers.createFirstAdministrator("admin", "Ni Luh Putu Ayu", ADMIN_PW.toCharArray());
        Officer petugas = officers.add(admin, "petugas1", "I Made Sudarsana", Role.OFFICER, OFFICER_PW.toCharArray());
        assertThat(petugas.role()).isEqualTo(Role.OFFICER);
        assertThat(officers.find("PETUGAS1")).contains(petugas);
        assertRefused(() -> officers.add(petugas, "petugas2", "Someone", Role.OFFICER, OFFICER_PW.toCharArray()),
                "officer.refused.notAdministrator");
        Officer forged = new Officer(petugas.id(), petugas.username(), petugas.fullName(), Role.ADMINISTRATOR, true);
        assertRefused(() -> officers.add(forged, "petugas2", "Someone", Role.OFFICER, OFFICER_PW.toCharArray()),
                "officer.refused.notAdministrator");
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        Officer admin = officers.createFirstAdministrator("admin", "Ni Luh Putu Ayu", ADMIN_PW.toCharArray());
        officers.add(admin, "Petugas1", "I Made Sudarsana", Role.OFFICER, OFFICER_PW.toCharArray());
        assertRefused(() -> officers.add(admin, "PETUGAS1", "Other", Role.SUPERVISOR, OFFICER_PW.toCharArray()),
                "officer.username.taken");
    }

    @Test
    void weakPasswordsAndBadNamesAreRefusedWithAMessageInBothLanguages() {
        OfficerRefusal weak = (OfficerRefusal) org.assertj.core.api.Assertions.catchThrowable(
                () -> officers.createFirstAdministrator("admin", "Ni Luh", "short".toCharArray()));
        assertThat(weak.reason().key()).isEqualTo("officer.password.tooShort");
        assertThat(Messages.ENGLISH.render(weak.reason())).isEqualTo("The password needs at least 10 characters.");
        assertThat(Messages.INDONESIAN.render(weak.reason())).isEqualTo("Kata sandi minimal 10 karakter.");
        assertRefused(() -> officers.createFirstAdministrator("a b", "Ni Luh", ADMIN_PW.toCharArray()),
                "officer.username.invalid");
        assertRefused(() -> officers.createFirstAdministrator("admin", " ", ADMIN_PW.toCharArray()),
                "officer.fullName.blank");
        assertThat(officers.hasOfficers()).isFalse();
    }

    @Test
    void loginSucceedsWithTheRightPasswordInAnyUsernameCase() {
        Officer admin = officers.createFirstAdministrator("admin", "Ni Luh Putu Ayu", ADMIN_PW.toCharArray());
        assertThat(officers.login(" ADMIN ", ADMIN_PW.toCharArray())).isEqualTo(new LoginResult.Success(admin));
        assertThat(officers.login("admin", "wrong-password".toCharArray())).isEqualTo(new LoginResult.Failed(4));
        assertThat(officers.login("nobody", ADMIN_PW.toCharArray())).isInstanceOf(LoginResult.Failed.class);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        officers.createFirstAdministrator("admin", "Ni Luh Putu Ayu", ADMIN_PW.toCharArray());
        for (int left = 4; left >= 1; left--) {
            assertThat(officers.login("admin", "wrong-password".toCharArray())).isEqualTo(new LoginResult.Failed(left));
        }
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        assertThat(officers.login("admin", "wrong-password".toCharArray())).isEqualTo(new LoginResult.LockedOut(until));
        clock.advance(Duration.ofMinutes(14));
        assertThat(officers.login("admin", ADMIN_PW.toCharArray())).isEqualTo(new LoginResult.LockedOut(until));
        clock.advance(Duration.ofMinutes(1));
        assertThat(officers.login("admin", ADMIN_PW.toCharArray())).isInstanceOf(LoginResult.Success.class);
        assertThat(officers.login("admin", "wrong-password".toCharArray())).isEqualTo(new LoginResult.Failed(4));
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        officers.createFirstAdministrator("admin", "Ni Luh Putu Ayu", ADMIN_PW.toCharArray());
        officers.login("admin", "wrong-password".toCharArray());
        officers.login("admin", "wrong-password".toCharArray());
        officers.login("admin", ADMIN_PW.toCharArray());
        assertThat(officers.login("admin", "wrong-password".toCharArray())).isEqualTo(new LoginResult.Failed(4));
    }

    @Test
    void aDeactivatedOfficerCannotLogIn() {
        Officer admin = officers.createFirstAdministrator("admin", "Ni Luh Putu Ayu", ADMIN_PW.toCharArray());
        officers.add(admin, "petugas1", "I Made Sudarsana", Role.OFFICER, OFFICER_PW.toCharArray());
        assertThat(officers.setActive(admin, "petugas1", false).active()).isFalse();
        assertThat(officers.login("petugas1", OFFICER_PW.toCharArray())).isInstanceOf(LoginResult.Failed.class);
        officers.setActive(admin, "petugas1", true);
        assertThat(officers.login("petugas1", OFFICER_PW.toCharArray())).isInstanceOf(LoginResult.Success.class);
        assertRefused(() -> officers.setActive(admin, "admin", false), "officer.refused.self");
    }

    @Test
    void everyEventIsAuditedAndNoPasswordEverIs() {
        Officer admin = officers.createFirstAdministrator("admin", "Ni Luh Putu Ayu", ADMIN_PW.toCharArray());
        officers.add(admin, "petugas1", "I Made Sudarsana", Role.OFFICER, OFFICER_PW.toCharArray());
        officers.login("admin", ADMIN_PW.toCharArray());
        for (int i = 0; i < 5; i++) {
            officers.login("petugas1", "wrong-password".toCharArray());
        }
        officers.login("petugas1", OFFICER_PW.toCharArray());
        List<AuditEntry> entries = core.audit().entries();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("officer.created", "officer.created",
                "login.success", "login.failed", "login.failed", "login.failed", "login.failed", "login.lockout",
                "login.refused.locked");
        assertThat(entries.get(1).actor()).isEqualTo("admin");
        assertThat(entries.get(1).subject()).isEqualTo("petugas1");
        for (AuditEntry e : entries) {
            assertThat(e.toString()).doesNotContain(ADMIN_PW).doesNotContain(OFFICER_PW).doesNotContain("wrong-password")
                    .doesNotContain("pbkdf2");
        }
        assertThat(core.audit().verify().ok()).isTrue();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OfficerRefusal.class,
                e -> assertThat(e.reason().key()).isEqualTo(key));
    }
}
