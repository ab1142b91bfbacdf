package id.loket.core.store;

import id.loket.core.name.search.ApplicationSearch;
import id.loket.core.name.search.ApplicationHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Applications stored before the name index existed are found by name once the store is opened (migration 12.1). */
class NameIndexBackfillTest {

    @TempDir
    Path dir;

    @Test
    void applicationsFromBeforeVersion10AreFiledOnOpen() {
        UUID id = Ids.uuidV7();
        try (LoketStore old = LoketStore.open(dir, "3.1")) {
            old.inTransaction(c -> {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO application (id, receipt_number, state, "
                        + "nik, full_name, birth_date, created_at, updated_at, body) VALUES (?, 'DPS-01-261123-0001', "
                        + "'FINALISED', '3201010101650001', 'Moehammad Djoko Soesilo', ?, ?, ?, '{}')")) {
                    ins.setObject(1, id);
                    ins.setObject(2, LocalDate.of(1965, 1, 1));
                    ins.setObject(3, OffsetDateTime.now());
                    ins.setObject(4, OffsetDateTime.now());
                    return ins.executeUpdate();
                }
            });
        }
        try (LoketStore store = LoketStore.open(dir)) {
            var hits = new ApplicationSearch(store).byName("Muhammad Joko Susilo", 5);
            assertThat(hits).extracting(ApplicationHit::id).containsExactly(id);
            assertThat(hits.getFirst().receiptNumber()).isEqualTo("DPS-01-261123-0001");
            assertThat(hits.getFirst().state().name()).isEqualTo("FINALISED");
        }
    }
}
