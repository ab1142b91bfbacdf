package id.loket.sync.central.bundle;

import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.bundle.BundleKeys;
import id.loket.sync.protocol.bundle.CentreKeys;
import id.loket.sync.protocol.security.DeviceKeys;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * The centre's bundle key (X25519, devices encrypt to it) and receipt key (Ed25519, it signs
 * receipts), made once on first need and kept in the database (table {@code centre_key}) so
 * every instance of the centre uses the same pair.
 */
public final class CentreKeyStore {

    /** Both key pairs. */
    public record Keys(KeyPair bundle, KeyPair receipt) {
        public CentreKeys publicKeys() {
            return new CentreKeys(BundleKeys.encodePublic(bundle.getPublic()), DeviceKeys.encodePublic(receipt.getPublic()));
        }
    }

    private final Database db;
    private final Clock clock;
    private volatile Keys keys;

    public CentreKeyStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Keys keys() {
        Keys known = keys;
        if (known == null) {
            known = db.inTransaction(c -> {
                Optional<Keys> stored = load(c);
                return stored.isPresent() ? stored.get() : create(c);
            });
            keys = known;
        }
        return known;
    }

    private Keys create(Connection c) throws SQLException {
        KeyPair bundle = BundleKeys.generate();
        KeyPair receipt = DeviceKeys.generate();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO centre_key (id, bundle_private, bundle_public,"
                + " receipt_private, receipt_public, created_at) VALUES (1, ?, ?, ?, ?, ?)")) {
            ps.setBytes(1, bundle.getPrivate().getEncoded());
            ps.setString(2, BundleKeys.encodePublic(bundle.getPublic()));
            ps.setBytes(3, receipt.getPrivate().getEncoded());
            ps.setString(4, DeviceKeys.encodePublic(receipt.getPublic()));
            Sql.setInstant(ps, 5, Sql.micros(clock.instant()));
            if (!Sql.insertUnlessDuplicate(c, ps)) {
                return load(c).orElseThrow();
            }
            return new Keys(bundle, receipt);
        }
    }

    private static Optional<Keys> load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT bundle_private, bundle_public, receipt_private,"
                + " receipt_public FROM centre_key WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Keys(
                    new KeyPair(BundleKeys.decodePublic(rs.getString(2)), BundleKeys.decodePrivate(rs.getBytes(1))),
                    new KeyPair(DeviceKeys.decodePublic(rs.getString(4)), DeviceKeys.decodePrivate(rs.getBytes(3)))));
        }
    }
}
