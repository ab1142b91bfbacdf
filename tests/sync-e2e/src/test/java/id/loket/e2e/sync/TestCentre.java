package id.loket.e2e.sync;

import id.loket.sync.central.CentralServer;
import id.loket.sync.central.fault.FaultProxy;
import id.loket.sync.central.fault.Observations;
import id.loket.sync.central.store.DatabaseSettings;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;

/**
 * The reference central server on loopback, on a database of its own, with a {@link FaultProxy}
 * in front: the device is enrolled at the proxy's address, so every byte it sends crosses the
 * proxy. The server's own faults and observations are in-process; what it stored is read back
 * with SQL on its database.
 */
final class TestCentre implements AutoCloseable {

    /** One upload row as the centre keeps it. */
    record Upload(String uploadId, String hash, long offset, long size, boolean complete) {
    }

    /** The administrator token of {@code /v1/admin} (bundle imports over HTTP). */
    static final String ADMIN_TOKEN = "e2e-admin-token";

    final CentralServer server;
    final FaultProxy proxy;
    private final CentreDatabase database;
    private final DatabaseSettings settings;
    private final Path blobDirectory;

    private TestCentre(CentreDatabase database, DatabaseSettings settings, Path blobDirectory, CentralServer server,
                       FaultProxy proxy) {
        this.database = database;
        this.settings = settings;
        this.blobDirectory = blobDirectory;
        this.server = server;
        this.proxy = proxy;
    }

    /** A centre as deployed by default: images in segment files of a directory of its own (ADR 0017). */
    static TestCentre start(CentreDatabase database) throws IOException {
        DatabaseSettings settings = database.create();
        Path blobs = Files.createTempDirectory("loket-e2e-blobs");
        CentralServer server = CentralServer.builder().database(settings).blobDirectory(blobs).adminToken(ADMIN_TOKEN)
                .build().start("127.0.0.1", 0);
        try {
            return new TestCentre(database, settings, blobs, server,
                    FaultProxy.start("127.0.0.1", 0, "127.0.0.1", server.port()));
        } catch (IOException | RuntimeException e) {
            server.close();
            database.drop(settings);
            deleteTree(blobs);
            throw e;
        }
    }

    /** Where the centre keeps images (operator commands given {@code --blob-dir} open the same). */
    Path blobDirectory() {
        return blobDirectory;
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS cleans up what is left
        }
    }

    /** The centre's database URL (operator commands open the same database while the server runs). */
    String jdbcUrl() {
        return settings.jdbcUrl();
    }

    /** Where devices reach the centre: through the proxy. */
    HttpUrl url() {
        return HttpUrl.get("http://127.0.0.1:" + proxy.port() + "/");
    }

    /** A one-time enrollment token for the test device's office and counter. */
    String enrollmentToken() {
        return server.tokens().issue(TestDevice.OFFICE, TestDevice.COUNTER, Duration.ofHours(1)).token();
    }

    Observations.Snapshot observed() {
        return server.observations().snapshot();
    }

    /** The first upload whose PATCHes reached a non-zero offset: an image partly at the centre. */
    Optional<Entry<String, Long>> uploadPastZero() {
        for (Entry<String, List<Long>> e : observed().patchOffsets().entrySet()) {
            Optional<Long> past = e.getValue().stream().filter(o -> o > 0).findFirst();
            if (past.isPresent()) {
                return Optional.of(Map.entry(e.getKey(), past.get()));
            }
        }
        return Optional.empty();
    }

    // --- what the centre stored ------------------------------------------------------------------

    long recordCount() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM central_record");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    Set<String> storedBlobs() {
        return sql(c -> {
            Set<String> hashes = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM stored_blob");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
            }
            return hashes;
        });
    }

    /** The upload rows the centre keeps (a discarded upload's row is gone), by upload id. */
    Map<String, Upload> uploads() {
        return sql(c -> {
            Map<String, Upload> uploads = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT upload_id, hash, upload_offset, size_bytes, complete FROM upload");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uploads.put(rs.getString(1), new Upload(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getLong(4), rs.getBoolean(5)));
                }
            }
            return uploads;
        });
    }

    private interface SqlRead<T> {
        T read(Connection c) throws SQLException;
    }

    private <T> T sql(SqlRead<T> read) {
        try (Connection c = CentreDatabase.connect(settings)) {
            return read.read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the centre's database failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            proxy.close();
        } finally {
            server.close();
            database.drop(settings);
            deleteTree(blobDirectory);
        }
    }
}
