package id.loket.sync.central.ingest;

import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.batch.WireRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The records the centre holds; the primary key on the record id decides duplicate vs conflict. */
public final class RecordStore {

    private static final String COLUMNS = "record_id, receipt_no, device_id, device_seq, record_hash, kind,"
            + " captured_at, blob_hashes, body, received_at, last_decision";

    private final Database db;

    public RecordStore(Database db) {
        this.db = db;
    }

    /** A stored record (administrators, tests). */
    public Optional<StoredRecord> find(UUID recordId) {
        return db.read(c -> find(c, recordId));
    }

    /** The same inside the caller's transaction. */
    public static Optional<StoredRecord> find(Connection c, UUID recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM central_record WHERE record_id = ?")) {
            ps.setObject(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The held records among these ids, in one query, by id. */
    static Map<UUID, StoredRecord> findAll(Connection c, Collection<UUID> recordIds) throws SQLException {
        Map<UUID, StoredRecord> held = new HashMap<>();
        if (recordIds.isEmpty()) {
            return held;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM central_record WHERE record_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("UUID", recordIds.toArray(new UUID[0])));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredRecord r = read(rs);
                    held.put(r.recordId(), r);
                }
            }
        }
        return held;
    }

    /** Inserts a record of the signing device; false when its id is already held (the transaction stays usable). */
    static boolean insert(Connection c, String deviceId, WireRecord r, Instant receivedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, deviceId, r, receivedAt);
            return Sql.insertUnlessDuplicate(c, ps);
        }
    }

    /**
     * Inserts records of the signing device as one JDBC batch; false when any id is already held
     * (or named twice): then none of them went in and the transaction stays usable.
     */
    static boolean insertAll(Connection c, String deviceId, List<WireRecord> records, Instant receivedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (WireRecord r : records) {
                bind(ps, deviceId, r, receivedAt);
                ps.addBatch();
            }
            return Sql.insertBatchUnlessDuplicate(c, ps);
        }
    }

    private static final String INSERT = "INSERT INTO central_record (record_id, device_id, device_seq,"
            + " record_hash, kind, captured_at, blob_hashes, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static void bind(PreparedStatement ps, String deviceId, WireRecord r, Instant receivedAt) throws SQLException {
        ps.setObject(1, r.recordId());
        ps.setString(2, deviceId);
        ps.setLong(3, r.deviceSeq());
        ps.setString(4, r.recordHash());
        ps.setString(5, r.kind());
        Sql.setInstant(ps, 6, r.capturedAt() == null ? null : Sql.micros(r.capturedAt()));
        ps.setString(7, String.join(",", r.blobHashes() == null ? List.of() : r.blobHashes()));
        ps.setString(8, CanonicalJson.string(r.body()));
        Sql.setInstant(ps, 9, receivedAt);
    }

    private static StoredRecord read(ResultSet rs) throws SQLException {
        String blobs = rs.getString("blob_hashes");
        return new StoredRecord(rs.getObject("record_id", UUID.class), rs.getString("device_id"),
                rs.getLong("device_seq"), rs.getString("record_hash"), rs.getString("kind"),
                Sql.getInstant(rs, "captured_at"), blobs.isEmpty() ? List.of() : Arrays.asList(blobs.split(",")),
                rs.getString("body"), Sql.getInstant(rs, "received_at"), receipt(rs.getLong("receipt_no")),
                rs.getString("last_decision"));
    }

    private static String receipt(long number) {
        return String.format("LC-%010d", number);
    }
}
