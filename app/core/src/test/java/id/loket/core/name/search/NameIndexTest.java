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
        return core.store().read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM name_index " + where);
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void anApplicationIsFiledUnderItsNameBirthDateAndNikInTheBlocksRange() {
        try (CoreServices core = TestStores.open(dir)) {
            UUID id = SearchFixture.save(core, "Budi Santoso", BORN, "3201010101900001").id();
            NameIndex.Entry entry = new NameIndex.Entry(id, "Budi Santoso", BORN,
                    "3201 0101 0190 0001");
            assertThat(entry.keys()).contains("P:PT+SNTS", "V:PT+S.", "V:SNTS+B.", "D:1990-01-01", "N:3201010101900001");
            assertThat(NameIndex.base("P:PT+S.") >>> 30).as("a pair beside its initial variant")
                    .isEqualTo(NameIndex.base("P:PT+SNTS") >>> 30);
            for (String key : entry.keys()) {
                long base = NameIndex.base(key);
                assertThat(rows(core, "WHERE block_key = '" + key + "' AND slot BETWEEN " + base + " AND "
                        + (base + (1 << 20) - 1))).as(key).isEqualTo(1);
            }
            assertThat(bornOn1990(core)).containsEntry(id, "Budi Santoso");
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
    void rebuildIndexesApplicationsStoredWithoutKeys() {
        try (CoreServices core = TestStores.open(dir)) {
            for (int i = 0; i < 7; i++) {
                SearchFixture.save(core, "Budi Santoso " + (char) ('A' + i), BORN, null);
            }
            SearchFixture.save(core, "H.", BORN, null);
            long filed = rows(core, "");
            assertThat(filed).isPositive();
            core.store().inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM name_index"));
            assertThat(new ApplicationSearch(core.store()).byName("Budi Santoso A", 10)).isEmpty();

            assertThat(NameIndex.rebuild(core.store(), 3)).isEqualTo(8);
            assertThat(rows(core, "")).isEqualTo(filed);
            assertThat(new ApplicationSearch(core.store()).byName("Budi Santoso A", 10)).isNotEmpty();

            core.store().inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM name_index"));
            assertThat(core.store().inTransaction(NameIndex::fileAll)).isEqualTo(8);
            assertThat(rows(core, "")).isEqualTo(filed);
            assertThat(new NameIndexMigration().getVersion().getVersion()).isEqualTo("12.1");
        }
    }
}
