package id.loket.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.core.store.LoketStore;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The append-only, hash-chained record of every officer action (UU PDP: log every processing of
 * personal data). Appends join the caller's transaction, so an action and its audit entry commit
 * or roll back together. A trigger refuses UPDATE and DELETE; {@link #verify()} recomputes the
 * chain and names the first entry that was changed or removed by someone who bypassed it.
 */
public final class AuditLog {

    /** Hash that the first entry points back to. */
    public static final String GENESIS = "0".repeat(64);
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final LoketStore store;
    private final Clock clock;
    private final ObjectMapper mapper = CanonicalJson.newMapper();

    public AuditLog(LoketStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends an entry (in the caller's transaction if there is one) and returns it. */
    public AuditEntry append(String actor, String action, String subject, Map<String, String> details) {
        return store.inTransaction(c -> {
            long lastSeq;
            String lastHash;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            AuditEntry draft = new AuditEntry(lastSeq + 1, clock.instant(), actor, action, subject, details,
                    lastHash, GENESIS);
            AuditEntry entry = new AuditEntry(draft.seq(), draft.at(), actor, action, subject, draft.details(),
                    lastHash, hashOf(draft));
            insert(c, entry);
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                up.setLong(1, entry.seq());
                up.setString(2, entry.hash());
                up.executeUpdate();
            }
            return entry;
        });
    }

    private void insert(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_log "
                + "(seq, at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, e.seq());
            ins.setString(2, e.at().toString());
            ins.setString(3, e.actor());
            ins.setString(4, e.action());
            ins.setString(5, e.subject());
            ins.setString(6, new String(CanonicalJson.bytes(e.details()), StandardCharsets.UTF_8));
            ins.setString(7, e.prevHash());
            ins.setString(8, e.hash());
            ins.executeUpdate();
        }
    }

    /** Every entry in sequence order (for review screens and the CLI). */
    public List<AuditEntry> entries() {
        return store.read(this::readAll);
    }

    /**
     * Walks the chain from the first entry: each entry's hash must match its content and the
     * previous entry's hash, sequence numbers must have no gaps, and the head must point at the
     * last entry. Stops at the first problem.
     */
    public AuditVerification verify() {
        return store.read(c -> {
            long headSeq;
            String headHash;
            try (PreparedStatement q = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
            }
            String prev = GENESIS;
            long expected = 1;
            long checked = 0;
            for (AuditEntry e : readAll(c)) {
                if (e.seq() != expected) {
                    return AuditVerification.broken(checked, expected, AuditProblem.ROW_MISSING);
                }
                checked++;
                if (!MessageDigest.isEqual(ascii(hashOf(e)), ascii(e.hash()))) {
                    return AuditVerification.broken(checked, e.seq(), AuditProblem.CONTENT_CHANGED);
                }
                if (!e.prevHash().equals(prev)) {
                    return AuditVerification.broken(checked, e.seq(), AuditProblem.CHAIN_BROKEN);
                }
                prev = e.hash();
                expected++;
            }
            if (headSeq >= expected) {
                return AuditVerification.broken(checked, expected, AuditProblem.ROW_MISSING);
            }
            if (headSeq > 0 && !headHash.equals(prev)) {
                return AuditVerification.broken(checked, headSeq, AuditProblem.CHAIN_BROKEN);
            }
            return AuditVerification.intact(checked);
        });
    }

    private List<AuditEntry> readAll(Connection c) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT seq, at, actor, action, subject, details, prev_hash, hash "
                + "FROM audit_log ORDER BY seq");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), details(rs.getString(6)), rs.getString(7), rs.getString(8)));
            }
        }
        return out;
    }

    /** The stored details; text that is no longer a JSON object is kept as-is so verify reports it as changed. */
    private Map<String, String> details(String json) {
        try {
            Map<String, String> m = mapper.readValue(json, DETAILS);
            return m == null ? Map.of("", "null") : m;
        } catch (JsonProcessingException e) {
            return Map.of("", json);
        }
    }

    /** SHA-256 over the previous hash followed by the canonical JSON of the entry's content. */
    static String hashOf(AuditEntry e) {
        MessageDigest d = Sha256.digest();
        d.update(ascii(e.prevHash()));
        d.update(CanonicalJson.bytes(e.content()));
        return HexFormat.of().formatHex(d.digest());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
