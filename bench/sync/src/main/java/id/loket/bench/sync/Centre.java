package id.loket.bench.sync;

import id.loket.sync.central.CentralServer;
import id.loket.sync.central.store.DatabaseSettings;
import okhttp3.HttpUrl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The reference central server on loopback, on an H2 file of its own (the server's default
 * settings: WRITE_DELAY=0, so every commit is written through), with the endpoints of the
 * plain-upload baselines (discard and keep) switched on.
 */
final class Centre implements AutoCloseable {

    final CentralServer server;
    private final DatabaseSettings settings;
    private final Path dir;

    private Centre(Path dir, DatabaseSettings settings, CentralServer server) {
        this.dir = dir;
        this.settings = settings;
        this.server = server;
    }

    static Centre start(Path dir) {
        Backlog.delete(dir);
        DatabaseSettings settings = DatabaseSettings.of("jdbc:h2:" + dir.toAbsolutePath().resolve("central")
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=10000");
        CentralServer server = CentralServer.builder().database(settings).blobDirectory(dir.resolve("blobs"))
                .benchSinks(true).build()
                .start("127.0.0.1", 0);
        return new Centre(dir, settings, server);
    }

    HttpUrl url() {
        return HttpUrl.get("http://127.0.0.1:" + server.port() + "/");
    }

    String enrollmentToken() {
        return server.tokens().issue(Backlog.OFFICE, Backlog.COUNTER, Duration.ofHours(1)).token();
    }

    /** Records the centre committed (from any device). */
    long records() {
        return count("SELECT COUNT(*) FROM central_record");
    }

    /** Blobs the centre holds complete. */
    long blobs() {
        return count("SELECT COUNT(*) FROM stored_blob");
    }

    private long count(String sql) {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the centre's database failed", e);
        }
    }

    @Override
    public void close() {
        server.close();
        Backlog.delete(dir);
    }
}
