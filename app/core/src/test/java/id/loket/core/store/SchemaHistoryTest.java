package id.loket.core.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up fast path of the migration check trusts only a history that is exactly this build's. */
class SchemaHistoryTest {

    @TempDir
    Path dir;

    @Test
    void theListedVersionsAreEveryMigrationFlywayResolves() {
        try (LoketStore store = LoketStore.open(dir)) {
            MigrationInfo[] all = Flyway.configure().dataSource(store.dataSource())
                    .locations("classpath:db/migration/core")
                    .javaMigrations(new OutboxBackfillMigration(), new BlobFilesMigration(store.sealedFiles()),
                            new id.loket.core.name.search.NameIndexMigration())
                    .load().info().all();
            List<String> resolved = Arrays.stream(all).map(m -> m.getVersion().getVersion()).toList();
            assertThat(SchemaHistory.VERSIONS).as("SchemaHistory.VERSIONS must list every migration").isEqualTo(resolved);
        }
    }

    @Test
    void aCurrentStoreIsRecognisedAndAnyDifferenceIsNot() throws Exception {
        try (LoketStore store = LoketStore.open(dir)) {
            store.inTransaction(c -> {
                assertThat(SchemaHistory.isCurrent(c)).isTrue();
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '16'");
                    assertThat(SchemaHistory.isCurrent(c)).as("a failed migration").isFalse();
                    s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '16'");
                    assertThat(SchemaHistory.isCurrent(c)).as("an older store").isFalse();
                }
                c.rollback();
                return null;
            });
        }
    }

    @Test
    void anOlderStoreStillMigratesOnOpen() {
        LoketStore.open(dir, "12.1").close();
        try (LoketStore store = LoketStore.open(dir)) {
            store.inTransaction(c -> {
                assertThat(SchemaHistory.isCurrent(c)).isTrue();
                return null;
            });
        }
    }
}
