package id.loket.core.sync;

import id.loket.core.device.DeviceProfile;
import id.loket.core.device.DeviceProfiles;
import id.loket.core.store.LoketStore;
import id.loket.sync.protocol.bundle.BundleKeys;
import id.loket.sync.protocol.security.DeviceKeys;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * This device's identity towards the centre (table {@code sync_identity}). The Ed25519 key pair is
 * made once, on first need, and kept inside the encrypted store; enrolling again (another token,
 * another centre) keeps it. The device id is the one of the device profile.
 */
public final class DeviceIdentities {

    private final LoketStore store;
    private final DeviceProfiles profiles;
    private final Clock clock;

    public DeviceIdentities(LoketStore store, DeviceProfiles profiles, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The identity, empty until {@link #prepare()} made the key pair. */
    public Optional<DeviceIdentity> current() {
        return store.read(DeviceIdentities::read);
    }

    /**
     * The identity, making the key pair on first use.
     *
     * @throws IllegalStateException when the device profile (office, counter) is not set up yet
     */
    public DeviceIdentity prepare() {
        DeviceProfile profile = profiles.current()
                .orElseThrow(() -> new IllegalStateException("the device is not set up (office and counter)"));
        return store.inTransaction(c -> {
            SyncState.lock(c);
            Optional<DeviceIdentity> existing = read(c);
            if (existing.isPresent()) {
                return existing.get();
            }
            KeyPair keys = DeviceKeys.generate();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO sync_identity "
                    + "(id, device_id, private_key, public_key, created_at) VALUES (1, ?, ?, ?, ?)")) {
                ins.setObject(1, profile.deviceId());
                ins.setBytes(2, DeviceKeys.encodePrivate(keys.getPrivate()));
                ins.setString(3, DeviceKeys.encodePublic(keys.getPublic()));
                ins.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
                ins.executeUpdate();
            }
            return read(c).orElseThrow();
        });
    }

    /**
     * Records that {@code centreUrl} accepted this device.
     *
     * @throws IllegalStateException when no key pair was made (call {@link #prepare()} first)
     */
    public DeviceIdentity enrolled(String centreUrl, Instant enrolledAt) {
        Objects.requireNonNull(centreUrl, "centreUrl");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        return store.inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE sync_identity SET centre_url = ?, enrolled_at = ? WHERE id = 1")) {
                up.setString(1, centreUrl);
                up.setObject(2, enrolledAt.atOffset(ZoneOffset.UTC));
                if (up.executeUpdate() != 1) {
                    throw new IllegalStateException("no device key pair to enroll; prepare it first");
                }
            }
            return read(c).orElseThrow();
        });
    }

    /**
     * Stores the centre's public keys for bundles (from the enroll reply or {@code GET /v1/centre-keys}).
     *
     * @throws IllegalArgumentException when a key is not of its kind
     * @throws IllegalStateException    when there is no identity yet
     */
    public DeviceIdentity centreKeys(String bundleKey, String receiptKey) {
        BundleKeys.decodePublic(bundleKey);
        DeviceKeys.decodePublic(receiptKey);
        return store.inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE sync_identity SET centre_bundle_key = ?, centre_receipt_key = ? WHERE id = 1")) {
                up.setString(1, bundleKey);
                up.setString(2, receiptKey);
                if (up.executeUpdate() != 1) {
                    throw new IllegalStateException("no device identity to store the centre's keys with");
                }
            }
            return read(c).orElseThrow();
        });
    }

    private static Optional<DeviceIdentity> read(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT s.device_id, p.office_code, p.counter_no, "
                + "s.private_key, s.public_key, s.centre_url, s.enrolled_at, s.centre_bundle_key, s.centre_receipt_key "
                + "FROM sync_identity s "
                + "LEFT JOIN device_profile p ON p.id = 1 WHERE s.id = 1")) {
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                OffsetDateTime enrolled = rs.getObject(7, OffsetDateTime.class);
                return Optional.of(new DeviceIdentity(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getBytes(4), rs.getString(5), rs.getString(6),
                        enrolled == null ? null : enrolled.toInstant(), rs.getString(8), rs.getString(9)));
            }
        }
    }
}
