package id.loket.core.provision;

import id.loket.core.biometric.FingerSet;
import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/** Reads and writes the one row of {@code office_setting}. */
public final class OfficeSettingsStore {

    private final LoketStore store;

    public OfficeSettingsStore(LoketStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The saved settings, empty until the device was provisioned. */
    public Optional<OfficeSettings> current() {
        return store.read(OfficeSettingsStore::read);
    }

    /** The finger set and quality threshold for new captures (defaults before provisioning). */
    public CaptureSettings capture() {
        return current().map(s -> new CaptureSettings(s.fingers(), s.qualityThreshold())).orElse(CaptureSettings.DEFAULT);
    }

    /** Points the saved centre at another URL (the same centre moved, e.g. the demo's local one). */
    public void moveCentre(String centreUrl) {
        store.inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE office_setting SET centre_url = ? WHERE id = 1")) {
                up.setString(1, centreUrl);
                return up.executeUpdate();
            }
        });
    }

    static void write(Connection c, OfficeSettings s) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("MERGE INTO office_setting (id, office_name, centre_url, "
                + "finger_set, quality_threshold, provisioned_by, provisioned_at) KEY (id) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
            m.setString(1, s.officeName());
            m.setString(2, s.centreUrl());
            m.setString(3, s.fingers().format());
            m.setInt(4, s.qualityThreshold());
            m.setString(5, s.provisionedBy());
            m.setObject(6, s.provisionedAt().atOffset(ZoneOffset.UTC));
            m.executeUpdate();
        }
    }

    private static Optional<OfficeSettings> read(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT office_name, centre_url, finger_set, quality_threshold, "
                + "provisioned_by, provisioned_at FROM office_setting WHERE id = 1");
             ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Instant at = rs.getObject(6, OffsetDateTime.class).toInstant();
            return Optional.of(new OfficeSettings(rs.getString(1), rs.getString(2), FingerSet.parse(rs.getString(3)),
                    rs.getInt(4), rs.getString(5), at));
        }
    }
}
