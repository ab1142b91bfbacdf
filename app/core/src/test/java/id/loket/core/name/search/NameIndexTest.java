package id.loket.core.name.search;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NameIndexTest {

    private static final LocalDate BORN = LocalDate.of(1990, 1, 1);

    @TempDir
    Path dir;

    private static Map<UUID, String> bornOn1990(CoreServices core) {
        return core.store().read(c -> NameIndex.members(c, List.of("D:1990-01-01"), 10)).stream()
                .collect(Collectors.toMap(ApplicationHit::id, ApplicationHit::fullName));
    }

    private static long rows(CoreServices core, String where) {
        return count(core, "name_index", where);
    }

    private static long nameRows(CoreServices core, String where) {
        return count(core, "name_block", where);
    }

    private static long count(CoreServices core, String table, String where) {
        return core.store().read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + table + " " + where);
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void anApplicationIsFiledUnderItsBirthDateAndNikAndItsNameUnderTheNameKeysInTheBlocksRange() {
        try (CoreServices core = TestStores.open(dir)) {
            UUID id = SearchFixture.save(core, "Budi Santoso", BORN, "3201010101900001").id();
            NameIndex.Entry entry = new NameIndex.Entry(id, "Budi Santoso", BORN,
                    "3201 0101 0190 0001");
            assertThat(entry.keys()).containsExactly("D:1990-01-01", "N:3201010101900001");
            for (String key : entry.keys()) {
                long base = Slots.base(key);
                assertThat(rows(core, "WHERE block_key = '" + key + "' AND slot BETWEEN " + base + " AND "
                        + (base + (1 << 20) - 1))).as(key).isEqualTo(1);
            }
            assertThat(rows(core, "")).isEqualTo(2);
            assertThat(Slots.base("P:PT+S.") >>> 30).as("a pair beside its initial variant")
                    .isEqualTo(Slots.base("P:PT+SNTS") >>> 30);
            for (String key : List.of("P:PT+SNTS", "V:PT+S.", "V:SNTS+B.")) {
                long base = Slots.base(key);
                assertThat(nameRows(core, "WHERE full_name = 'Budi Santoso' AND block_key = '" + key
                        + "' AND slot BETWEEN " + base + " AND " + (base + (1 << 20) - 1))).as(key).isEqualTo(1);
            }
            assertThat(bornOn1990(core)).containsEntry(id, "Budi Santoso");
        }
    }

    @Test
    void aNameSharedByManyApplicationsIsFiledOnceAndASearchReturnsItsApplicationsUpToTheLimit() {
        try (CoreServices core = TestStores.open(dir)) {
            for (int i = 0; i < 5; i++) {
                SearchFixture.save(core, "Siti Aminah", BORN.plusDays(i), null);
            }
            UUID other = SearchFixture.save(core, "Sitti Aminah", BORN, null).id();
            long perName = nameRows(core, "WHERE full_name = 'Siti Aminah'");
            assertThat(perName).isPositive().isEqualTo(nameRows(core, "WHERE full_name = 'Sitti Aminah'"));

            ApplicationSearch search = new ApplicationSearch(core.store());
            assertThat(search.candidateCount("Siti Aminah")).isEqualTo(2);
            assertThat(search.byName("Siti Aminah", 10)).hasSize(6).allSatisfy(h -> assertThat(h.score()).isEqualTo(1.0));
            assertThat(search.byName("Siti Aminah", 3)).hasSize(3);

            // renamed: the old name stays filed, but finds only the applications that still have it
            core.applications().saveDraft(SearchFixture.draft(other, "Budi Santoso", BORN, null));
            assertThat(nameRows(core, "WHERE full_name = 'Sitti Aminah'")).isEqualTo(perName);
            assertThat(search.byName("Siti Aminah", 10)).hasSize(5).extracting(ApplicationHit::id).doesNotContain(other);
            assertThat(search.byName("Budi Santoso", 10)).extracting(ApplicationHit::id).containsExactly(other);
        }
    }

    @Test
    void membersWhoseSlotsClashAreBothFiled() {
        try (CoreServices core = TestStores.open(dir)) {
            UUID a = new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0001L);
            UUID b = new UUID(0x0190_0000_0000_7000L ^ 0xFF, 0x8000_0000_0000_0001L ^ 0xFF);
            core.applications().saveDraft(SearchFixture.draft(a, "Siti Aminah", BORN, null));
            core.applications().saveDraft(SearchFixture.draft(b, "Siti Aminah", BORN, null));
            assertThat(bornOn1990(core)).containsOnlyKeys(a, b);
        }
    }

    @Test
    void rebuildIndexesApplicationsStoredWithoutKeysAndTheMigrationsFileThemAgain() {
        try (CoreServices core = TestStores.open(dir)) {
            for (int i = 0; i < 7; i++) {
                SearchFixture.save(core, "Budi Santoso " + (char) ('A' + i), BORN, null);
            }
            SearchFixture.save(core, "H.", BORN, null);
            long filed = rows(core, "");
            long names = nameRows(core, "");
            assertThat(filed).isEqualTo(8);
            assertThat(names).isPositive();
            core.store().inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM name_index; DELETE FROM name_block"));
            assertThat(new ApplicationSearch(core.store()).byName("Budi Santoso A", 10)).isEmpty();

            assertThat(NameIndex.rebuild(core.store(), 3)).isEqualTo(8);
            assertThat(rows(core, "")).isEqualTo(filed);
            assertThat(nameRows(core, "")).isEqualTo(names);
            assertThat(new ApplicationSearch(core.store()).byName("Budi Santoso A", 10)).isNotEmpty();

            core.store().inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM name_index; DELETE FROM name_block"));
            assertThat(core.store().inTransaction(NameIndex::fileAll)).as("12.1 files the applications' own keys")
                    .isEqualTo(8);
            assertThat(rows(core, "")).isEqualTo(filed);
            assertThat(nameRows(core, "")).isZero();
            assertThat(core.store().inTransaction(NameBlockIndex::fileAll)).as("18.1 files the distinct names")
                    .isEqualTo(8);
            assertThat(nameRows(core, "")).isEqualTo(names);
            assertThat(new NameIndexMigration().getVersion().getVersion()).isEqualTo("12.1");
            assertThat(new NameBlockMigration().getVersion().getVersion()).isEqualTo("18.1");
        }
    }
}
