package id.loket.core.device;

import id.loket.core.store.LoketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceProfilesTest {

    @TempDir
    Path dir;

    @Test
    void emptyUntilSavedThenKeepsTheDeviceIdAcrossChangesAndRestarts() {
        DeviceProfile first;
        try (LoketStore store = LoketStore.open(dir)) {
            DeviceProfiles profiles = new DeviceProfiles(store);
            assertThat(profiles.current()).isEmpty();
            first = profiles.save(" dps ", 3);
            assertThat(first.officeCode()).isEqualTo("DPS");
            assertThat(first.counterNumber()).isEqualTo(3);
            assertThat(first.deviceId().version()).isEqualTo(7);
            assertThat(profiles.current()).contains(first);
        }
        try (LoketStore store = LoketStore.open(dir)) {
            DeviceProfiles profiles = new DeviceProfiles(store);
            assertThat(profiles.current()).contains(first);
            DeviceProfile moved = profiles.save("DPS", 5);
            assertThat(moved.deviceId()).isEqualTo(first.deviceId());
            assertThat(profiles.current()).contains(moved);
        }
    }

    @Test
    void refusesBadOfficeCodesAndCounterNumbers() {
        try (LoketStore store = LoketStore.open(dir)) {
            DeviceProfiles profiles = new DeviceProfiles(store);
            assertThatThrownBy(() -> profiles.save("D", 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> profiles.save("DPS", 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> profiles.save("DPS", 100)).isInstanceOf(IllegalArgumentException.class);
            assertThat(profiles.current()).isEmpty();
        }
    }
}
