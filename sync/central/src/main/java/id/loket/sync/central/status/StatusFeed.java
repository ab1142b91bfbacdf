package id.loket.sync.central.status;

import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.ingest.RecordStore;
import id.loket.sync.central.ingest.StoredRecord;
import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.DecisionRequest;
import id.loket.sync.protocol.status.StatusEvent;
import id.loket.sync.protocol.status.StatusPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Each device's feed of decisions. A decision takes the next cursor of the record's device under
 * that device row's lock, so cursors of one device commit in order and a reader paging
 * {@code after} its last cursor never skips an event that commits later.
 */
public final class StatusFeed {

    private static final Logger LOG = LoggerFactory.getLogger(StatusFeed.class);
    private static final int MAX_REASON = 2000;

    private final Database db;
    private final Clock clock;

    public StatusFeed(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The device's events after a cursor, and its highest unbroken sequence. */
    public StatusPage page(String deviceId, long after, int limit) {
        return db.read(c -> {
            List<StatusEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT cursor_no, record_id, decision, reason, event_at"
                    + " FROM status_event WHERE device_id = ? AND cursor_no > ? ORDER BY cursor_no")) {
                ps.setMaxRows(limit + 1);
                ps.setString(1, deviceId);
                ps.setLong(2, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new StatusEvent(rs.getLong(1), rs.getObject(2, UUID.class),
                                Decision.valueOf(rs.getString(3)), rs.getString(4), Sql.getInstant(rs, "event_at")));
                    }
                }
            }
            boolean more = events.size() > limit;
            List<StatusEvent> page = more ? events.subList(0, limit) : events;
            long next = page.isEmpty() ? after : page.getLast().cursor();
            return new StatusPage(List.copyOf(page), next, unbrokenSeq(c, deviceId), more);
        });
    }

    /** Records an adjudication; 404 for an unknown record, 400 for a rejection without a reason. */
    public StatusEvent decide(UUID recordId, DecisionRequest request) {
        if (request.decision() == null) {
            throw ApiException.badRequest("decision is required: APPROVED, REJECTED or PRINTED");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (request.decision() == Decision.REJECTED && reason == null) {
            throw ApiException.badRequest("a rejection needs a reason");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw ApiException.tooLarge("the reason may have at most " + MAX_REASON + " characters");
        }
        Instant now = Sql.micros(clock.instant());
        StatusEvent event = db.inTransaction(c -> {
            StoredRecord record = RecordStore.find(c, recordId)
                    .orElseThrow(() -> ApiException.notFound("no record " + recordId));
            long cursor = nextCursor(c, record.deviceId());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO status_event"
                    + " (device_id, cursor_no, record_id, decision, reason, event_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, record.deviceId());
                ps.setLong(2, cursor);
                ps.setObject(3, recordId);
                ps.setString(4, request.decision().name());
                ps.setString(5, reason);
                Sql.setInstant(ps, 6, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE central_record SET last_decision = ? WHERE record_id = ?")) {
                ps.setString(1, request.decision().name());
                ps.setObject(2, recordId);
                ps.executeUpdate();
            }
            return new StatusEvent(cursor, recordId, request.decision(), reason, now);
        });
        LOG.info("record {} {} (cursor {})", recordId, event.decision(), event.cursor());
        return event;
    }

    private static long nextCursor(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE device SET status_cursor = status_cursor + 1 WHERE device_id = ?")) {
            ps.setString(1, deviceId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT status_cursor FROM device WHERE device_id = ?")) {
            ps.setString(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long unbrokenSeq(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT unbroken_seq FROM device WHERE device_id = ?")) {
            ps.setString(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
