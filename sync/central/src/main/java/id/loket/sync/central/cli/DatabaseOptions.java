package id.loket.sync.central.cli;

import id.loket.sync.central.store.DatabaseSettings;
import picocli.CommandLine.Option;

/** Where the centre's data lives; shared by every command that opens the database. */
public final class DatabaseOptions {

    @Option(names = "--jdbc-url", description = "H2 or PostgreSQL JDBC URL (default: an H2 file in ./central-data).")
    String jdbcUrl = DatabaseSettings.DEFAULT_URL;

    @Option(names = "--jdbc-user", description = "Database user.")
    String user = "";

    @Option(names = "--jdbc-password-env", paramLabel = "VAR",
            description = "Name of the environment variable that holds the database password.")
    String passwordEnv;

    @Option(names = "--pool-size", description = "Largest number of database connections (default: ${DEFAULT-VALUE}).")
    int poolSize = DatabaseSettings.DEFAULT_POOL_SIZE;

    @Option(names = "--blob-dir", paramLabel = "DIR|database",
            description = "Directory of the images' segment files, shared by every instance like the database"
                    + " (default: ${DEFAULT-VALUE}); 'database' keeps images in the database instead (ADR 0017).")
    String blobDir = DEFAULT_BLOB_DIR;

    static final String DEFAULT_BLOB_DIR = "./central-data/blobs";

    /** The blob directory, or null when images are kept in the database. */
    public java.nio.file.Path blobDirectory() {
        return "database".equals(blobDir) ? null : java.nio.file.Path.of(blobDir);
    }

    public DatabaseSettings settings() {
        String password = "";
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                throw new IllegalArgumentException("the environment variable " + passwordEnv + " is not set");
            }
        }
        return new DatabaseSettings(jdbcUrl, user, password, poolSize);
    }
}
