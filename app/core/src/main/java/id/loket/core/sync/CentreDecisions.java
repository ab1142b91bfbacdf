package id.loket.core.sync;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationRepository;
import id.loket.core.application.ApplicationService;
import id.loket.core.audit.AuditLog;
import id.loket.core.store.LoketStore;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.WorkflowRefusal;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.StatusEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies the centre's status feed. Each decision is applied in ONE transaction with the new feed
 * cursor, its audit entry (actor "centre"), the record of the decision and the outbox rows of the
 * record marked CONFIRMED; a decision at or below the cursor (the feed repeated it) changes nothing.
 * A decision the workflow refuses is recorded and audited but never blocks the feed.
 */
public final class CentreDecisions {

    private static final String CONFIRMABLE = "('PENDING', 'BLOBS_SENT', 'SENT', 'ACKNOWLEDGED')";

    private final LoketStore store;
    private final ApplicationRepository applications;
    private final ApplicationService service;
    private final AuditLog audit;
    private final Clock clock;

    public CentreDecisions(LoketStore store, ApplicationRepository applications, ApplicationService service,
                           AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.service = Objects.requireNonNull(service, "service");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The feed position applied last (0 before the first). */
    public long cursor() {
        return store.read(c -> SyncState.cursor(c, false));
    }

    /** Applies one decision of the feed (see the class comment). */
    public DecisionOutcome apply(StatusEvent event) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(event.recordId(), "recordId");
        Objects.requireNonNull(event.decision(), "decision");
        return store.inTransaction(c -> {
            if (event.cursor() <= SyncState.lock(c)) {
                return DecisionOutcome.ALREADY_APPLIED;
            }
            String note = null;
            DecisionOutcome outcome;
            ApplicationState target = target(event.decision());
            Optional<Application> app = applications.find(event.recordId());
            if (app.isEmpty()) {
                outcome = DecisionOutcome.NOT_APPLIED;
                note = "no application " + event.recordId() + " on this device";
            } else if (app.get().state() == target) {
                outcome = DecisionOutcome.ALREADY_APPLIED;
            } else {
                try {
                    service.applyCentreDecision(event.recordId(), target, event.reason(), event.cursor());
                    outcome = DecisionOutcome.APPLIED;
                } catch (WorkflowRefusal refused) {
                    outcome = DecisionOutcome.NOT_APPLIED;
                    note = refused.getMessage();
                }
            }
            if (outcome == DecisionOutcome.NOT_APPLIED) {
                auditNotApplied(event, note);
            }
            confirm(c, event.recordId());
            insert(c, event, outcome, note);
            SyncState.cursor(c, event.cursor());
            return outcome;
        });
    }

    /** The latest decision received for a record (e.g. to show a rejection's reason). */
    public Optional<CentreDecision> latestFor(UUID recordId) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT feed_cursor, record_id, decision, reason, "
                    + "decided_at, outcome, note FROM centre_decision WHERE record_id = ? "
                    + "ORDER BY feed_cursor DESC FETCH FIRST 1 ROW ONLY")) {
                q.setObject(1, recordId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<CentreDecision>empty();
                    }
                    OffsetDateTime at = rs.getObject(5, OffsetDateTime.class);
                    return Optional.of(new CentreDecision(rs.getLong(1), rs.getObject(2, UUID.class),
                            Decision.valueOf(rs.getString(3)), rs.getString(4), at == null ? null : at.toInstant(),
                            DecisionOutcome.valueOf(rs.getString(6)), rs.getString(7)));
                }
            }
        });
    }

    private static ApplicationState target(Decision decision) {
        return switch (decision) {
            case APPROVED -> ApplicationState.APPROVED;
            case REJECTED -> ApplicationState.REJECTED;
            case PRINTED -> ApplicationState.PRINTED;
        };
    }

    private void auditNotApplied(StatusEvent event, String note) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("decision", event.decision().name());
        details.put("feedCursor", String.valueOf(event.cursor()));
        details.put("note", note);
        if (event.reason() != null) {
            details.put("reason", event.reason());
        }
        audit.append(ApplicationService.CENTRE_ACTOR, "sync.decision.notApplied", event.recordId().toString(), details);
    }

    private void confirm(Connection c, UUID recordId) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE outbox SET state = 'CONFIRMED', reason = NULL, "
                + "updated_at = ? WHERE record_id = ? AND state IN " + CONFIRMABLE)) {
            up.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
            up.setObject(2, recordId);
            up.executeUpdate();
        }
    }

    private void insert(Connection c, StatusEvent e, DecisionOutcome outcome, String note) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO centre_decision (feed_cursor, record_id, "
                + "decision, reason, decided_at, outcome, note, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, e.cursor());
            ins.setObject(2, e.recordId());
            ins.setString(3, e.decision().name());
            ins.setString(4, clip(e.reason()));
            ins.setObject(5, e.at() == null ? null : e.at().atOffset(ZoneOffset.UTC));
            ins.setString(6, outcome.name());
            ins.setString(7, clip(note));
            ins.setObject(8, clock.instant().atOffset(ZoneOffset.UTC));
            ins.executeUpdate();
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
