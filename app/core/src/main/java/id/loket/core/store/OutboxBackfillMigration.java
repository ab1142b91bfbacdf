package id.loket.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

/**
 * Migration 3.1: outbox rows queued before version 3 kept only the hash of their record. When the
 * application's stored JSON still hashes to that value it is exactly what was finalised, so it
 * becomes the row's payload (with the images it references). Otherwise the record changed since:
 * an undelivered row is quarantined, because sending the changed record would not be what was
 * finalised. Works on JSON trees, not on today's domain classes, so later changes to them cannot
 * break it.
 */
public final class OutboxBackfillMigration extends BaseJavaMigration {

    static final String LOST = "queued before sync version 3 and the application changed since: "
            + "the finalised record is no longer on this device";
    private static final ObjectMapper MAPPER = CanonicalJson.newMapper();

    @Override
    protected void init() {
        // the version and description are fixed below, not parsed from the class name
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3.1");
    }

    @Override
    public String getDescription() {
        return "outbox payloads of rows queued before version 3";
    }

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection(), Instant.now());
    }

    /** Fills or quarantines every row without a payload; returns how many rows were filled. */
    static int backfill(Connection c, Instant now) throws SQLException {
        int filled = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT o.device_seq, o.record_hash, o.state, a.body "
                + "FROM outbox o LEFT JOIN application a ON a.id = o.record_id WHERE o.payload IS NULL");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                String body = rs.getString(4);
                if (body != null && Sha256.hex(body.getBytes(StandardCharsets.UTF_8)).equals(rs.getString(2))) {
                    fill(c, seq, body);
                    filled++;
                } else if (Set.of("PENDING", "BLOBS_SENT", "SENT").contains(rs.getString(3))) {
                    quarantine(c, seq, now);
                }
            }
        }
        return filled;
    }

    private static void fill(Connection c, long seq, String body) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE outbox SET kind = 'application', payload = ?, payload_size = ? WHERE device_seq = ?")) {
            up.setString(1, body);
            up.setLong(2, body.getBytes(StandardCharsets.UTF_8).length);
            up.setLong(3, seq);
            up.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO outbox_blob (device_seq, blob_hash) VALUES (?, ?)")) {
            for (String hash : imageHashes(body)) {
                ins.setLong(1, seq);
                ins.setString(2, hash);
                ins.executeUpdate();
            }
        }
    }

    private static void quarantine(Connection c, long seq, Instant now) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE outbox SET kind = 'application', "
                + "state = 'QUARANTINED', reason = ?, updated_at = ? WHERE device_seq = ?")) {
            up.setString(1, LOST);
            up.setObject(2, now.atOffset(ZoneOffset.UTC));
            up.setLong(3, seq);
            up.executeUpdate();
        }
    }

    /** The photo, fingerprint and document image hashes of an application's JSON. */
    static Set<String> imageHashes(String applicationJson) throws SQLException {
        JsonNode root;
        try {
            root = MAPPER.readTree(applicationJson);
        } catch (IOException e) {
            throw new SQLException("stored application is not readable JSON", e);
        }
        Set<String> hashes = new TreeSet<>();
        add(hashes, root.path("photo").path("imageHash"));
        root.path("fingerprints").path("fingers").forEach(f -> add(hashes, f.path("imageHash")));
        root.path("documents").forEach(d -> add(hashes, d.path("imageHash")));
        return hashes;
    }

    private static void add(Set<String> hashes, JsonNode node) {
        if (node.isTextual() && Sha256.isHex(node.asText())) {
            hashes.add(node.asText());
        }
    }
}
