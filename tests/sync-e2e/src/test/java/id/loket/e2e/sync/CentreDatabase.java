package id.loket.e2e.sync;

import id.loket.sync.central.store.DatabaseSettings;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases the suite runs the centre on, each test on a database of its own: H2 in memory
 * always; PostgreSQL when {@code LOKET_TEST_PG_URL} (with {@code LOKET_TEST_PG_USER} and
 * {@code LOKET_TEST_PG_PASSWORD}) is set, e.g. by {@code scripts/start-test-postgres.sh} as CI
 * does, in a fresh schema that is dropped afterwards; without it those tests are skipped.
 */
enum CentreDatabase {

    H2 {
        @Override
        DatabaseSettings create() {
            return DatabaseSettings.of("jdbc:h2:mem:sync-e2e-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000");
        }

        @Override
        void drop(DatabaseSettings settings) {
            // gone with the server's last connection
        }
    },

    POSTGRES {
        @Override
        DatabaseSettings create() {
            String url = System.getenv(PG_URL_ENV);
            Assumptions.assumeTrue(url != null && !url.isBlank(), PG_URL_ENV + " is not set: PostgreSQL run skipped");
            DatabaseSettings server = new DatabaseSettings(url, env("LOKET_TEST_PG_USER"), env("LOKET_TEST_PG_PASSWORD"), 5);
            String schema = "sync_e2e_" + UUID.randomUUID().toString().replace("-", "");
            execute(server, "CREATE SCHEMA " + schema);
            return new DatabaseSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    server.user(), server.password(), server.poolSize());
        }

        @Override
        void drop(DatabaseSettings settings) {
            String url = settings.jdbcUrl();
            String schema = url.substring(url.lastIndexOf("currentSchema=") + "currentSchema=".length());
            execute(settings, "DROP SCHEMA " + schema + " CASCADE");
        }
    };

    static final String PG_URL_ENV = "LOKET_TEST_PG_URL";

    /** A fresh, empty database (the centre migrates it when it opens). */
    abstract DatabaseSettings create();

    /** Removes what {@link #create()} made, once the centre is closed. */
    abstract void drop(DatabaseSettings settings);

    static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private static void execute(DatabaseSettings settings, String sql) {
        try (Connection c = connect(settings); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
