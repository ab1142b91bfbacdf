package id.loket.sync.central.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.central.blob.BlobSegments;
import id.loket.sync.central.blob.WholeBlobs;
import id.loket.sync.central.device.Device;
import id.loket.sync.central.device.DeviceRegistry;
import id.loket.sync.central.ingest.BatchIngest;
import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.batch.WireRecord;
import id.loket.sync.protocol.bundle.BundleException;
import id.loket.sync.protocol.bundle.BundleManifest;
import id.loket.sync.protocol.bundle.BundleReader;
import id.loket.sync.protocol.bundle.BundleReceipt;
import id.loket.sync.protocol.bundle.SignedReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a bundle carried from a device: everything is verified while it is read (see
 * {@link BundleReader}) and stored in ONE transaction with the same ingest as online sync
 * ({@link BatchIngest}, {@link WholeBlobs}), so a refused bundle leaves the centre unchanged and a
 * record that also came online is stored once. Returns the signed receipt; every attempt,
 * refused or not, is written to {@code bundle_attempt}.
 */
public final class BundleImport {

    private static final Logger LOG = LoggerFactory.getLogger(BundleImport.class);
    private static final ObjectMapper MAPPER = CanonicalJson.newMapper();

    private final Database db;
    private final BlobSegments segments;
    private final DeviceRegistry devices;
    private final CentreKeyStore keys;
    private final Clock clock;

    /** Imports into {@code db}, with images in {@code segments} (ADR 0017) or, when null, in the database. */
    public BundleImport(Database db, BlobSegments segments, DeviceRegistry devices, CentreKeyStore keys, Clock clock) {
        this.db = db;
        this.segments = segments;
        this.devices = devices;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Imports the bundle in {@code file} on behalf of {@code operator}.
     *
     * @throws BundleException when it is refused (its code says why); nothing was stored
     */
    public SignedReceipt importBundle(Path file, String operator) throws IOException {
        Instant now = Sql.micros(clock.instant());
        Visit visit = new Visit();
        try {
            SignedReceipt receipt = db.inTransaction(c -> run(c, file, operator, now, visit));
            attempt(now, operator, file, visit.manifest, "imported",
                    receipt.receipt().records().size() + " records, " + visit.blobs + " images");
            LOG.info("bundle {} of {} imported by {}: {} records, {} images", visit.manifest.bundleId(),
                    visit.manifest.deviceId(), operator, visit.records.size(), visit.blobs);
            return receipt;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (BundleException e) {
            attempt(now, operator, file, visit.manifest, e.code().code(), e.getMessage());
            LOG.warn("bundle {} refused ({}): {}", file.getFileName(), e.code().code(), e.getMessage());
            throw e;
        }
    }

    private SignedReceipt run(Connection c, Path file, String operator, Instant now, Visit visit) throws SQLException {
        visit.reset();
        try {
            BundleReader.read(file, keys.keys().bundle(), id -> devices.findActive(id).map(Device::publicKey),
                    new BundleReader.Visitor() {
                        @Override
                        public void manifest(BundleManifest manifest) {
                            visit.manifest = manifest;
                            sql(() -> claim(c, manifest, operator, now));
                        }

                        @Override
                        public void record(BundleManifest.Record r, byte[] json) {
                            visit.records.add(new WireRecord(r.recordId(), r.deviceSeq(), r.sha256(), r.kind(),
                                    r.capturedAt(), r.blobHashes(), tree(json)));
                        }

                        @Override
                        public void blob(BundleManifest.Blob b, byte[] data) {
                            visit.blobs++;
                            sql(() -> WholeBlobs.store(c, segments, visit.manifest.deviceId(), b.sha256(), b.mediaType(), data, now));
                        }
                    });
        } catch (SqlFailure e) {
            throw e.cause;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (segments != null) {
            segments.force();
        }
        BundleManifest m = visit.manifest;
        RecordResult[] results = BatchIngest.ingest(c, m.deviceId(), visit.records, now);
        List<BundleReceipt.Line> lines = new ArrayList<>();
        for (RecordResult r : results) {
            WireRecord sent = visit.records.get(lines.size());
            lines.add(new BundleReceipt.Line(sent.recordId(), sent.deviceSeq(), sent.recordHash(), r.outcome(),
                    r.receipt(), r.message()));
        }
        SignedReceipt receipt = SignedReceipt.sign(new BundleReceipt(BundleReceipt.FORMAT, m.bundleId(), m.deviceId(),
                now, lines), keys.keys().receipt().getPrivate());
        try (PreparedStatement ps = c.prepareStatement("UPDATE bundle_import SET record_count = ?, blob_count = ?,"
                + " receipt = ? WHERE bundle_id = ?")) {
            ps.setInt(1, lines.size());
            ps.setInt(2, visit.blobs);
            ps.setString(3, new String(receipt.toBytes(), StandardCharsets.UTF_8));
            ps.setObject(4, m.bundleId());
            ps.executeUpdate();
        }
        return receipt;
    }

    /** Claims the bundle id first: a second import of it (even a concurrent one) is a replay. */
    private static void claim(Connection c, BundleManifest m, String operator, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bundle_import (bundle_id, device_id, imported_at,"
                + " imported_by, record_count, blob_count, receipt) VALUES (?, ?, ?, ?, 0, 0, '')")) {
            ps.setObject(1, m.bundleId());
            ps.setString(2, m.deviceId());
            Sql.setInstant(ps, 3, now);
            ps.setString(4, operator);
            if (!Sql.insertUnlessDuplicate(c, ps)) {
                throw new BundleException(ErrorCode.BUNDLE_REPLAYED, "bundle " + m.bundleId() + " of device "
                        + m.deviceId() + " was imported before; nothing was stored again");
            }
        }
    }

    private void attempt(Instant at, String operator, Path file, BundleManifest m, String outcome, String detail) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bundle_attempt (attempted_at, attempted_by,"
                    + " file_name, bundle_id, device_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Sql.setInstant(ps, 1, at);
                ps.setString(2, cut(operator, 100));
                ps.setString(3, cut(String.valueOf(file.getFileName()), 300));
                ps.setObject(4, m == null ? null : m.bundleId());
                ps.setString(5, m == null ? null : cut(m.deviceId(), 64));
                ps.setString(6, outcome);
                ps.setString(7, cut(detail, 2000));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new BundleException(ErrorCode.BUNDLE_UNREADABLE, "a record entry is not JSON");
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    private static void sql(SqlStep step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Carries a SQLException out of the visitor, so the transaction's retry sees it. */
    private static final class SqlFailure extends RuntimeException {
        private final SQLException cause;

        SqlFailure(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** What one attempt saw (reset when the transaction is retried). */
    private static final class Visit {
        BundleManifest manifest;
        final List<WireRecord> records = new ArrayList<>();
        int blobs;

        void reset() {
            manifest = null;
            records.clear();
            blobs = 0;
        }
    }
}
