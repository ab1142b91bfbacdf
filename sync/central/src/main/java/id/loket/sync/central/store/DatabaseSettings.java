package id.loket.sync.central.store;

import java.util.Locale;
import java.util.UUID;

/**
 * Where the centre keeps its data.
 *
 * @param jdbcUrl  an H2 or PostgreSQL JDBC URL
 * @param user     database user (may be empty for H2)
 * @param password database password (may be empty)
 * @param poolSize largest number of pooled connections
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {

    /** The default: an H2 file in ./central-data that other processes (the CLI) may open at the same time. */
    public static final String DEFAULT_URL =
            "jdbc:h2:./central-data/central;AUTO_SERVER=TRUE;WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=10000";

    public static final int DEFAULT_POOL_SIZE = 10;

    public DatabaseSettings {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseSettings of(String jdbcUrl) {
        return new DatabaseSettings(jdbcUrl, "", "", DEFAULT_POOL_SIZE);
    }

    /** A fresh private in-memory H2 database (tests, demos); gone when the server closes. */
    public static DatabaseSettings inMemory() {
        return of("jdbc:h2:mem:central-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000");
    }

    public Vendor vendor() {
        return Vendor.of(jdbcUrl);
    }

    /** True for an H2 database held in memory only. */
    public boolean inMemoryH2() {
        return vendor() == Vendor.H2 && jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
    }
}
