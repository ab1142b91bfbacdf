package id.loket.core.store;

import id.loket.core.i18n.Message;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;

/**
 * One device's local database: an H2 file ({@code dataDir/loket.mv.db}) encrypted with
 * {@code CIPHER=AES}, whose key lives in {@code dataDir/loket.key} (see {@link KeyFile}), never in
 * the database file. Everything a counter captures is written here first, so it keeps working
 * while the centre is unreachable.
 *
 * <p>Durability: {@code WRITE_DELAY=0} makes H2 write each commit to the file at once, and
 * {@link #inTransaction} then runs {@code CHECKPOINT SYNC} (an fsync) before it returns, so a
 * transaction that returned survives a killed process and a power cut alike. {@code REUSE_SPACE=FALSE}
 * makes H2 append new chunks instead of overwriting freed ones while running: with space reuse on,
 * {@code DurabilityTest} lost the last committed transaction after SIGKILL in 2 of 3 runs; with it
 * off, none in every run since. The file is compacted when the store closes cleanly (about 20%
 * above the stored data in that test). {@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook
 * closed the database under a transaction still running when the JVM got SIGTERM, and once left
 * an outbox row without its application; now a SIGTERM'd process leaves the file as a SIGKILL
 * does (every committed transaction there, recovered on the next open), and the app closes the
 * store itself on a normal exit.
 *
 * <p>Transactions: {@link #inTransaction} runs its work on a connection with auto-commit off and
 * commits at the end or rolls back on any exception. A call made inside another call on the same
 * thread joins the outer transaction, so services compose (finalising an application allocates a
 * receipt number, writes the outbox and appends to the audit log in one transaction).
 */
public final class LoketStore implements AutoCloseable {

    /** Name of the database file inside the data directory. */
    public static final String DATABASE_FILE = "loket.mv.db";
    private static final String SEALED_FILES_PURPOSE = "loket sealed files v1";
    private static final Set<Integer> WRONG_KEY_CODES = Set.of(28000, 90049);

    private final Path dataDir;
    private final JdbcDataSource dataSource;
    private final Connection keeper;
    private final SealedFiles sealedFiles;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private volatile boolean closed;

    private LoketStore(Path dataDir, JdbcDataSource dataSource, Connection keeper, SealedFiles sealedFiles) {
        this.dataDir = dataDir;
        this.dataSource = dataSource;
        this.keeper = keeper;
        this.sealedFiles = sealedFiles;
    }

    /**
     * Opens (and on first use creates) the store in {@code dataDir}, creating the key file on
     * first use and applying pending migrations.
     *
     * @throws StoreException when the key file is missing for an existing database, the key does
     *                        not open it, or the file cannot be read; the files are left untouched
     */
    public static LoketStore open(Path dataDir) {
        return open(dataDir, null);
    }

    /** As {@link #open(Path)}, migrating only up to {@code targetVersion} (null: the latest); for migration tests. */
    static LoketStore open(Path dataDir, String targetVersion) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(Message.of("store.open.failed", dir), e);
        }
        boolean exists = Files.exists(dir.resolve(DATABASE_FILE));
        KeyFile key = KeyFile.loadOrCreate(dir, !exists, new SecureRandom());
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("loket") + ";CIPHER=AES;WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE"
                + ";IFEXISTS=" + (exists ? "TRUE" : "FALSE"));
        ds.setUser("loket");
        ds.setPasswordChars(key.h2Password());
        Connection keeper;
        try {
            keeper = ds.getConnection();
        } catch (SQLException e) {
            if (exists && WRONG_KEY_CODES.contains(e.getErrorCode())) {
                throw new StoreException(Message.of("store.key.wrong", dir.resolve(KeyFile.NAME)), e);
            }
            throw new StoreException(Message.of("store.open.failed", dir), e);
        }
        SealedFiles sealed;
        try {
            sealed = new SealedFiles(dir, key.derive(SEALED_FILES_PURPOSE));
        } catch (java.io.UncheckedIOException e) {
            closeQuietly(keeper);
            throw new StoreException(Message.of("store.open.failed", dir), e);
        }
        if (targetVersion == null && exists && SchemaHistory.isCurrent(keeper)) {
            return new LoketStore(dir, ds, keeper, sealed);
        }
        try {
            var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration/core")
                    .javaMigrations(new OutboxBackfillMigration(), new BlobFilesMigration(sealed),
                            new id.loket.core.name.search.NameIndexMigration(),
                            new id.loket.core.name.search.NameBlockMigration());
            if (targetVersion != null) {
                flyway.target(targetVersion);
            }
            flyway.load().migrate();
        } catch (FlywayException e) {
            closeQuietly(keeper);
            throw new StoreException(Message.of("store.migration.failed", dir), e);
        }
        return new LoketStore(dir, ds, keeper, sealed);
    }

    /** The directory holding the database and key files. */
    public Path dataDir() {
        return dataDir;
    }

    /** The store's data source, for migration tests. */
    JdbcDataSource dataSource() {
        return dataSource;
    }

    /** The encrypted image files beside the database (ADR 9). */
    public SealedFiles sealedFiles() {
        return sealedFiles;
    }

    /**
     * Runs {@code work} in one transaction and returns its result: committed and synced to disk
     * when the work returns, rolled back when it throws (the exception is rethrown; a checked
     * {@link SQLException} arrives wrapped in a {@link StoreException}). Nested calls on the same
     * thread join the outer transaction.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        return run(work, true);
    }

    /**
     * Runs read-only {@code work} in a transaction (a consistent snapshot) without the fsync that
     * {@link #inTransaction} does after a commit. Joins an outer transaction on the same thread.
     */
    public <T> T read(SqlWork<T> work) {
        return run(work, false);
    }

    private <T> T run(SqlWork<T> work, boolean sync) {
        Connection joined = current.get();
        if (joined != null) {
            return runJoined(work, joined);
        }
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException e) {
                rollback(c, e);
                throw failure(e);
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                current.remove();
            }
            if (sync) {
                sync(c);
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static <T> T runJoined(SqlWork<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void sync(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static StoreException failure(SQLException e) {
        return new StoreException(Message.of("store.failed"), e);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
    }

    /** Closes the database; committed data is already on disk. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(keeper);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: nothing more to do
        }
    }
}
