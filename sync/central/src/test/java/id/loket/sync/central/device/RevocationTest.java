package id.loket.sync.central.device;

import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static id.loket.sync.central.support.DeviceClient.error;
import static id.loket.sync.central.support.DeviceClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** ADR 0019: a revoked device is refused from then on; the others are not touched. */
class RevocationTest {

    @RegisterExtension
    static final CentralExtension central = new CentralExtension();

    private static HttpResponse<byte[]> revoke(String deviceId, String body) throws Exception {
        return central.get().admin("POST", Paths.ADMIN + "/devices/" + deviceId + "/revoke",
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRevokedDeviceIsRefusedWithTheReasonAndOtherDevicesGoOn() throws Exception {
        DeviceClient stolen = central.get().enroll("DPS", 4);
        DeviceClient other = central.get().enroll("DPS", 5);
        ok(stolen.get(Paths.CENTRE_KEYS));

        HttpResponse<byte[]> revoked = revoke(stolen.deviceId(), "{\"reason\":\"laptop stolen at the Renon fair\"}");

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(new String(revoked.body(), StandardCharsets.UTF_8)).contains("\"revoked\":true");
        HttpResponse<byte[]> refused = stolen.get(Paths.STATUS + "?after=0&limit=10");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(error(refused)).isEqualTo(ErrorCode.UNKNOWN_DEVICE);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("revoked", "laptop stolen");
        ok(other.get(Paths.STATUS + "?after=0&limit=10"));
        assertThat(central.get().server.devices().findActive(stolen.deviceId())).as("its bundles are refused too").isEmpty();
        assertThat(central.get().server.devices().find(stolen.deviceId())).hasValueSatisfying(d -> {
            assertThat(d.revoked()).isTrue();
            assertThat(d.revokedReason()).isEqualTo("laptop stolen at the Renon fair");
        });

        assertThat(new String(revoke(stolen.deviceId(), "{\"reason\":\"again\"}").body(), StandardCharsets.UTF_8))
                .as("revoking twice changes nothing").contains("\"revoked\":false");
    }

    @Test
    void aRevocationNeedsAReasonAnAdministratorAndAKnownDevice() throws Exception {
        DeviceClient device = central.get().enroll("DPS", 6);

        assertThat(revoke(device.deviceId(), "{\"reason\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(revoke("no-such-device", "{\"reason\":\"lost\"}").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> unauthorised = central.get().send("POST", Paths.ADMIN + "/devices/" + device.deviceId()
                + "/revoke", "{\"reason\":\"lost\"}".getBytes(StandardCharsets.UTF_8), "wrong-token");
        assertThat(unauthorised.statusCode()).isIn(401, 403);
        ok(device.get(Paths.STATUS + "?after=0&limit=10"));
    }
}
