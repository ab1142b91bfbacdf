package id.loket.sync.central.support;

import id.loket.sync.central.store.DatabaseSettings;
import org.junit.jupiter.api.Assumptions;

import java.util.UUID;

/**
 * The databases the contract tests run on: always H2 in memory; PostgreSQL when
 * {@code LOKET_TEST_PG_URL} (and optionally {@code LOKET_TEST_PG_USER}, {@code LOKET_TEST_PG_PASSWORD})
 * is set, e.g. by {@code scripts/start-test-postgres.sh}; otherwise those tests are skipped.
 */
public final class TestDatabases {

    public static final String PG_URL_ENV = "LOKET_TEST_PG_URL";

    private TestDatabases() {
    }

    /** A fresh in-memory H2 database that several servers of this JVM can share by URL. */
    public static DatabaseSettings h2() {
        return DatabaseSettings.of("jdbc:h2:mem:central-test-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000");
    }

    /** The test PostgreSQL, or a skipped test when none is configured. */
    public static DatabaseSettings postgres() {
        String url = System.getenv(PG_URL_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), PG_URL_ENV + " is not set: PostgreSQL tests skipped");
        return new DatabaseSettings(url, env("LOKET_TEST_PG_USER"), env("LOKET_TEST_PG_PASSWORD"), 5);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
