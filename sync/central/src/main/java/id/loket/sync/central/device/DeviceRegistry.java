package id.loket.sync.central.device;

import id.loket.sync.central.bundle.CentreKeyStore;
import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.ProtocolVersion;
import id.loket.sync.protocol.bundle.CentreKeys;
import id.loket.sync.protocol.enroll.EnrollReply;
import id.loket.sync.protocol.enroll.EnrollRequest;
import id.loket.sync.protocol.security.DeviceKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enrolled devices. Enrollment consumes a one-time token and registers the device's public key;
 * a retried enrollment (same device, same key, same token) gets the same answer again. A device
 * changes only once after that, when it is revoked (ADR 0019), so looked-up devices are cached for
 * {@link #CACHE_FOR}: a revocation by another instance or by the operator's command line takes
 * effect everywhere within that time, at once on the instance that made it.
 */
public final class DeviceRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceRegistry.class);

    private final Database db;
    private final EnrollmentTokens tokens;
    private final Clock clock;
    private final CentreKeyStore keys;
    /** How long a looked-up device is trusted before it is read again. */
    public static final Duration CACHE_FOR = Duration.ofSeconds(10);

    private record Cached(Device device, long loadedNanos) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public DeviceRegistry(Database db, EnrollmentTokens tokens, CentreKeyStore keys, Clock clock) {
        this.db = db;
        this.tokens = tokens;
        this.keys = keys;
        this.clock = clock;
    }

    /** Registers a device; refusals are {@link ApiException}s. */
    public EnrollReply enroll(EnrollRequest request) {
        validate(request);
        Instant now = Sql.micros(clock.instant());
        CentreKeys centreKeys = keys.keys().publicKeys();
        EnrollReply reply = db.inTransaction(c -> {
            if (tokens.consume(c, request.enrollmentToken(), request.officeCode(), request.counter(),
                    request.deviceId(), now)) {
                if (!insert(c, request, now)) {
                    throw refused("device " + request.deviceId() + " is already enrolled");
                }
                return new EnrollReply(request.deviceId(), request.officeCode(), request.counter(), now, centreKeys);
            }
            if (tokens.consumedBy(c, request.enrollmentToken(), request.deviceId())) {
                EnrollReply again = replay(c, request, centreKeys);
                if (again != null) {
                    return again;
                }
            }
            throw refused("the enrollment token is unknown, used, expired or issued for another office or counter");
        });
        LOG.info("device {} enrolled for office {} counter {}", reply.deviceId(), reply.officeCode(), reply.counter());
        return reply;
    }

    /** The enrolled device with this id, if any. */
    public Optional<Device> find(String deviceId) {
        Cached known = cache.get(deviceId);
        long now = System.nanoTime();
        if (known != null && now - known.loadedNanos() < CACHE_FOR.toNanos()) {
            return Optional.of(known.device());
        }
        Optional<Device> loaded = db.read(c -> load(c, deviceId));
        loaded.ifPresentOrElse(d -> cache.put(deviceId, new Cached(d, now)), () -> cache.remove(deviceId));
        return loaded;
    }

    /** The enrolled device with this id unless it was revoked (whose keys may sign bundles). */
    public Optional<Device> findActive(String deviceId) {
        return find(deviceId).filter(d -> !d.revoked());
    }

    /**
     * Revokes a device (lost, stolen, retired): from now on its signed requests answer 401 and its
     * bundles are refused; its records stay. False when it was revoked already.
     *
     * @throws ApiException 404 when no device has this id
     */
    public boolean revoke(String deviceId, String by, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ApiException.badRequest("a reason of 1 to 500 characters is required");
        }
        Instant now = Sql.micros(clock.instant());
        boolean changed = db.inTransaction(c -> {
            if (load(c, deviceId).isEmpty()) {
                throw ApiException.notFound("no device " + deviceId);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE device SET revoked_at = ?, revoked_by = ?,"
                    + " revoked_reason = ? WHERE device_id = ? AND revoked_at IS NULL")) {
                Sql.setInstant(ps, 1, now);
                ps.setString(2, by);
                ps.setString(3, reason.strip());
                ps.setString(4, deviceId);
                return ps.executeUpdate() == 1;
            }
        });
        cache.remove(deviceId);
        if (changed) {
            LOG.warn("device {} revoked by {}: {}", deviceId, by, reason.strip());
        }
        return changed;
    }

    private static void validate(EnrollRequest r) {
        if (r.protocolVersion() != ProtocolVersion.CURRENT) {
            throw new ApiException(400, ErrorCode.UNSUPPORTED_VERSION,
                    "protocol version " + r.protocolVersion() + " is not spoken here (" + ProtocolVersion.CURRENT + ")");
        }
        if (r.enrollmentToken() == null || r.enrollmentToken().isBlank() || r.enrollmentToken().length() > 200) {
            throw refused("an enrollment token is required");
        }
        try {
            DeviceRules.requireDeviceId(r.deviceId());
            DeviceRules.requireOffice(r.officeCode());
            DeviceRules.requireCounter(r.counter());
            DeviceKeys.decodePublic(r.publicKey());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static boolean insert(Connection c, EnrollRequest r, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO device"
                + " (device_id, office_code, counter_no, public_key, enrolled_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, r.deviceId());
            ps.setString(2, r.officeCode());
            ps.setInt(3, r.counter());
            ps.setString(4, r.publicKey());
            Sql.setInstant(ps, 5, now);
            return Sql.insertUnlessDuplicate(c, ps);
        }
    }

    private static EnrollReply replay(Connection c, EnrollRequest r, CentreKeys centreKeys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT office_code, counter_no, public_key, enrolled_at FROM device WHERE device_id = ?")) {
            ps.setString(1, r.deviceId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString("public_key").equals(r.publicKey())) {
                    return new EnrollReply(r.deviceId(), rs.getString("office_code"), rs.getInt("counter_no"),
                            Sql.getInstant(rs, "enrolled_at"), centreKeys);
                }
                return null;
            }
        }
    }

    private static Optional<Device> load(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT office_code, counter_no, public_key, revoked_at, revoked_reason FROM device WHERE device_id = ?")) {
            ps.setString(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String key = rs.getString("public_key");
                return Optional.of(new Device(deviceId, rs.getString("office_code"), rs.getInt("counter_no"),
                        key, DeviceKeys.decodePublic(key), Sql.getInstant(rs, "revoked_at"),
                        rs.getString("revoked_reason")));
            }
        }
    }

    private static ApiException refused(String message) {
        return new ApiException(403, ErrorCode.ENROLLMENT_REFUSED, message);
    }
}
