package id.loket.core.duplicate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** SQL for the stored duplicate decisions (table duplicate_decision); runs in the caller's transaction. */
final class DuplicateDecisionRepository {

    static final String SAME_PERSON = "SAME_PERSON";
    static final String DIFFERENT_PERSON = "DIFFERENT_PERSON";

    private DuplicateDecisionRepository() {
    }

    /** Stores the decision about the pair, replacing an earlier one about the same pair. */
    static void write(Connection c, UUID application, UUID candidate, String verdict, String officer, Instant at)
            throws SQLException {
        try (PreparedStatement m = c.prepareStatement("MERGE INTO duplicate_decision (application_id, candidate_id, "
                + "verdict, decided_by, decided_at) KEY (application_id, candidate_id) VALUES (?, ?, ?, ?, ?)")) {
            m.setObject(1, application);
            m.setObject(2, candidate);
            m.setString(3, verdict);
            m.setString(4, officer);
            m.setObject(5, at.atOffset(ZoneOffset.UTC));
            m.executeUpdate();
        }
    }

    /** The applications judged a different person from {@code application}, whichever side it was on. */
    static Set<UUID> judgedDifferent(Connection c, UUID application) throws SQLException {
        Set<UUID> out = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT candidate_id FROM duplicate_decision "
                + "WHERE application_id = ? AND verdict = ? "
                + "UNION SELECT application_id FROM duplicate_decision WHERE candidate_id = ? AND verdict = ?")) {
            q.setObject(1, application);
            q.setString(2, DIFFERENT_PERSON);
            q.setObject(3, application);
            q.setString(4, DIFFERENT_PERSON);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }
}
