package id.loket.core.store;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.NikVerification;
import id.loket.core.application.Sex;
import id.loket.core.i18n.Messages;
import id.loket.core.workflow.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class LoketStoreTest {

    private static final String NAME = "Zulkarnaen Wiraprayoga Kusumadewantara";
    private static final String NIK = "3273015508870042";

    @TempDir
    Path dir;

    @Test
    void createsAnEncryptedDatabaseAndAKeyFileReadableOnlyByTheOwner() {
        try (LoketStore store = LoketStore.open(dir)) {
            assertThat(store.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
        }
        assertThat(dir.resolve("loket.mv.db")).exists();
        Path key = dir.resolve("loket.key");
        assertThat(key).exists();
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theRawFilesContainNeitherTheApplicantsNameNorNik() throws IOException {
        try (CoreServices core = TestStores.open(dir)) {
            Application draft = Fixtures.emptyDraft().withApplicant(new Applicant(NIK, NikVerification.UNVERIFIED,
                    NAME, "ZULKARNAEN WIRAPRAYOGA", "Bandung", LocalDate.of(1987, 8, 15), Sex.FEMALE,
                    "Jl. Dago 99", "081299998888", false));
            core.applications().saveDraft(draft);
            assertThat(core.applications().find(draft.id())).contains(draft);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertThat(files).contains(dir.resolve("loket.mv.db"));
        for (Path f : files) {
            byte[] raw = Files.readAllBytes(f);
            for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                for (String secret : List.of(NAME, "Kusumadewantara", NIK)) {
                    assertThat(indexOf(raw, secret.getBytes(cs))).as("%s in %s (%s)", secret, f, cs).isEqualTo(-1);
                }
            }
        }
        // and the data is really there: reopening with the key finds it
        try (CoreServices core = TestStores.open(dir)) {
            String stored = core.store().read(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT full_name FROM application");
                     ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(stored).isEqualTo(NAME);
        }
    }

    @Test
    void aWrongKeyFailsClearlyAndTheDataSurvivesForTheRightKey() throws IOException {
        try (LoketStore store = LoketStore.open(dir)) {
            store.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO counter (name, last_value) VALUES ('marker', 42)"));
        }
        Path key = dir.resolve("loket.key");
        byte[] right = Files.readAllBytes(key);
        Files.writeString(key, "ab".repeat(64));
        assertThatThrownBy(() -> LoketStore.open(dir))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("store.key.wrong");
                    assertThat(Messages.ENGLISH.render(e.userMessage())).contains("wrong key");
                    assertThat(Messages.INDONESIAN.render(e.userMessage())).contains("kunci salah");
                });
        Files.delete(key);
        assertThatThrownBy(() -> LoketStore.open(dir))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("store.key.missing"));
        assertThat(key).doesNotExist();
        Files.writeString(key, "not hex");
        assertThatThrownBy(() -> LoketStore.open(dir))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("store.key.malformed"));
        Files.write(key, right);
        try (LoketStore store = LoketStore.open(dir)) {
            assertThat(value(store, "marker")).isEqualTo(42);
        }
    }

    @Test
    void commitsOnReturnAndRollsBackEverythingOnAnException() {
        try (LoketStore store = LoketStore.open(dir)) {
            store.inTransaction(c -> Counters.next(c, "a"));
            assertThatThrownBy(() -> store.inTransaction(c -> {
                Counters.next(c, "a");
                Counters.next(c, "b");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(value(store, "a")).isEqualTo(1);
            assertThat(value(store, "b")).isEqualTo(-1);
        }
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() {
        try (LoketStore store = LoketStore.open(dir)) {
            assertThatThrownBy(() -> store.inTransaction(c -> {
                store.inTransaction(inner -> {
                    assertThat(inner).isSameAs(c);
                    return Counters.next(inner, "nested");
                });
                throw new IllegalStateException("outer fails after the inner call returned");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(value(store, "nested")).isEqualTo(-1);
        }
    }

    @Test
    void sqlErrorsArriveAsStoreExceptionsAndRollBack() {
        try (LoketStore store = LoketStore.open(dir)) {
            assertThatThrownBy(() -> store.inTransaction(c -> {
                Counters.next(c, "x");
                return c.createStatement().executeUpdate("INSERT INTO no_such_table VALUES (1)");
            })).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.userMessage().key()).isEqualTo("store.failed"));
            assertThat(value(store, "x")).isEqualTo(-1);
        }
    }

    @Test
    void aClosedStoreRefusesWork() {
        LoketStore store = LoketStore.open(dir);
        store.close();
        store.close();
        assertThatThrownBy(() -> store.read(c -> 1)).isInstanceOf(IllegalStateException.class);
    }

    private static long value(LoketStore store, String name) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT last_value FROM counter WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
