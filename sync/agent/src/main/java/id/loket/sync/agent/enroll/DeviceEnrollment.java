package id.loket.sync.agent.enroll;

import id.loket.sync.agent.http.CentreClient;
import id.loket.sync.agent.http.HostileReplyException;
import id.loket.sync.agent.ledger.DeviceCredentials;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.protocol.ProtocolVersion;
import id.loket.sync.protocol.enroll.EnrollReply;
import id.loket.sync.protocol.enroll.EnrollRequest;
import id.loket.sync.protocol.security.DeviceKeys;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.time.Clock;

/**
 * Enrolls this device with a centre: registers its public key (the key pair is made on first use
 * and kept in the device's store) with the one-time token the centre's operator issued, and
 * records the centre once it accepted.
 */
public final class DeviceEnrollment {

    private DeviceEnrollment() {
    }

    /**
     * @throws IllegalStateException when the device is not set up (no office or counter)
     * @throws id.loket.sync.agent.http.CentreException with {@code enrollment-refused} for a bad token
     */
    public static EnrollReply enroll(DeviceLedger ledger, OkHttpClient http, HttpUrl centre, String token, Clock clock)
            throws IOException {
        DeviceCredentials device = ledger.credentials();
        EnrollRequest request = new EnrollRequest(ProtocolVersion.CURRENT, device.deviceId(), device.officeCode(),
                device.counter(), DeviceKeys.encodePublic(device.publicKey()), token.strip());
        EnrollReply reply = CentreClient.enroll(http, centre, request, clock);
        if (!device.deviceId().equals(reply.deviceId())) {
            throw new HostileReplyException("the centre enrolled device " + reply.deviceId() + ", not " + device.deviceId());
        }
        ledger.enrolled(centre.toString(), reply.enrolledAt() != null ? reply.enrolledAt() : clock.instant());
        if (reply.centreKeys() != null) {
            ledger.centreKeys(reply.centreKeys());
        }
        return reply;
    }
}
