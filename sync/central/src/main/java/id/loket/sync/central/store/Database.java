package id.loket.sync.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The centre's database: a small connection pool over H2 or PostgreSQL, migrated by Flyway at
 * open. The server keeps no other state, so several instances can share one PostgreSQL.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_ATTEMPTS = 5;

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final boolean syncAfterCommit;
    private final Connection anchor;

    private Database(DatabaseSettings settings, HikariDataSource pool, Connection anchor) {
        this.settings = settings;
        this.pool = pool;
        this.anchor = anchor;
        this.syncAfterCommit = settings.vendor() == Vendor.H2 && !settings.inMemoryH2();
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(DatabaseSettings settings) {
        Vendor vendor = settings.vendor();
        // an in-memory H2 database lives while a connection is open: this one holds it for as long
        // as this Database is open (two servers of one JVM may share it by URL, as tests do)
        Connection anchor = settings.inMemoryH2() ? anchor(settings) : null;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setPoolName("central");
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/central")
                    .placeholders(Map.of("bytes", vendor.bytesType()))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            closeQuietly(anchor);
            throw e;
        }
        LOG.info("central store ready on {}", vendor);
        return new Database(settings, pool, anchor);
    }

    private static Connection anchor(DatabaseSettings settings) {
        try {
            return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("close failed", e);
            }
        }
    }

    public Vendor vendor() {
        return settings.vendor();
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs work in one transaction and commits it; retried from the start on a deadlock or a
     * serialization failure, so the work must be repeatable.
     *
     * @throws StoreException when the database fails (transient ones after the retries)
     */
    public <T> T inTransaction(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (pool.isClosed()) {
                    throw closing(e);
                }
                if (!Sql.isTransient(e) || attempt >= MAX_ATTEMPTS) {
                    throw new StoreException(e);
                }
                LOG.debug("transaction attempt {} failed ({}), retrying", attempt, e.getSQLState());
                pause(attempt);
            }
        }
    }

    /** Runs read-only work on an auto-commit connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw pool.isClosed() ? closing(e) : new StoreException(e);
        }
    }

    /** A request still running while this instance shuts down: the client retries (elsewhere). */
    private static StoreException closing(SQLException e) {
        return new StoreException(e, true);
    }

    private <T> T once(SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
            if (syncAfterCommit) {
                // H2 does not fsync on commit by itself (ADR 0007): a reply means the data is on disk
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
            return result;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed", e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.close();
        closeQuietly(anchor);
    }
}
