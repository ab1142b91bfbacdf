package id.loket.sync.central.device;

import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * One-time enrollment tokens. The operator issues one per device ({@code loket-central token});
 * only its SHA-256 is kept, and enrollment consumes it in one conditional UPDATE, so two devices
 * racing with the same token cannot both win.
 */
public final class EnrollmentTokens {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    private final Database db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public EnrollmentTokens(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** An issued token; the text is shown once and never stored. */
    public record Issued(String token, String officeCode, Integer counter, Instant expiresAt) {
    }

    /**
     * Issues a token for an office (and optionally one counter).
     *
     * @throws IllegalArgumentException for a malformed office code, counter or validity
     */
    public Issued issue(String officeCode, Integer counter, Duration validity) {
        DeviceRules.requireOffice(officeCode);
        if (counter != null) {
            DeviceRules.requireCounter(counter);
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("the validity must be positive");
        }
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Sql.micros(clock.instant());
        Instant expires = now.plus(validity);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrollment_token"
                    + " (token_hash, office_code, counter_no, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, hash(token));
                ps.setString(2, officeCode);
                ps.setObject(3, counter);
                Sql.setInstant(ps, 4, now);
                Sql.setInstant(ps, 5, expires);
                return ps.executeUpdate();
            }
        });
        return new Issued(token, officeCode, counter, expires);
    }

    /** Consumes a token for a device in the caller's transaction; false when unknown, used, expired or for elsewhere. */
    boolean consume(Connection c, String token, String officeCode, int counter, String deviceId, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE enrollment_token SET used_at = ?, used_by = ?"
                + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? AND office_code = ?"
                + " AND (counter_no IS NULL OR counter_no = ?)")) {
            Sql.setInstant(ps, 1, now);
            ps.setString(2, deviceId);
            ps.setString(3, hash(token));
            Sql.setInstant(ps, 4, now);
            ps.setString(5, officeCode);
            ps.setInt(6, counter);
            return ps.executeUpdate() == 1;
        }
    }

    /** True when this token was already consumed by this very device (a retried enrollment). */
    boolean consumedBy(Connection c, String token, String deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM enrollment_token WHERE token_hash = ? AND used_by = ?")) {
            ps.setString(1, hash(token));
            ps.setString(2, deviceId);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
