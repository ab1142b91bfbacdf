package id.loket.core.device;

import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;
import id.loket.core.store.ReceiptNumbers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and saves this device's profile (a single row). The device id is generated on the first
 * save and kept on later saves, so moving a laptop to another counter does not change its
 * identity towards the centre.
 */
public final class DeviceProfiles {

    private final LoketStore store;
    private final Clock clock;

    public DeviceProfiles(LoketStore store) {
        this(store, Clock.systemUTC());
    }

    public DeviceProfiles(LoketStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The saved profile, empty until the device was set up. */
    public Optional<DeviceProfile> current() {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT device_id, office_code, counter_no FROM device_profile WHERE id = 1");
                 ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DeviceProfile(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)));
            }
        });
    }

    /**
     * Saves the office code (upper-cased) and counter number, keeping the device id if one exists.
     *
     * @throws IllegalArgumentException for an office code that is not 2-16 letters/digits or a counter outside 1-99
     */
    public DeviceProfile save(String officeCode, int counterNumber) {
        String office = officeCode == null ? null : officeCode.strip().toUpperCase(Locale.ROOT);
        ReceiptNumbers.checkOffice(office);
        ReceiptNumbers.checkCounter(counterNumber);
        return store.inTransaction(c -> {
            UUID id = current().map(DeviceProfile::deviceId).orElseGet(Ids::uuidV7);
            try (PreparedStatement m = c.prepareStatement(
                    "MERGE INTO device_profile (id, device_id, office_code, counter_no, updated_at) KEY (id) "
                            + "VALUES (1, ?, ?, ?, ?)")) {
                m.setObject(1, id);
                m.setString(2, office);
                m.setInt(3, counterNumber);
                m.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
                m.executeUpdate();
            }
            return new DeviceProfile(id, office, counterNumber);
        });
    }
}
