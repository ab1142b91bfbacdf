package id.loket.sync.central.blob;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Runs when {@code LOKET_TEST_PG_URL} is set (scripts/start-test-postgres.sh); skipped otherwise. */
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL_ENV, matches = ".+")
class BlobPackOnPostgresTest extends BlobPackContract {

    @Override
    DatabaseSettings database() {
        return TestDatabases.postgres();
    }
}
