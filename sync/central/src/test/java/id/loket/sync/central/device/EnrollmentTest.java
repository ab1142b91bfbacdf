package id.loket.sync.central.device;

import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.ProtocolVersion;
import id.loket.sync.protocol.bundle.BundleKeys;
import id.loket.sync.protocol.bundle.CentreKeys;
import id.loket.sync.protocol.enroll.EnrollReply;
import id.loket.sync.protocol.enroll.EnrollRequest;
import id.loket.sync.protocol.security.DeviceKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static id.loket.sync.central.support.DeviceClient.error;
import static id.loket.sync.central.support.DeviceClient.read;
import static org.assertj.core.api.Assertions.assertThat;

class EnrollmentTest {

    @RegisterExtension
    static final CentralExtension central = new CentralExtension();



    @Test
    void aTokenEnrollsOneDeviceOnce() throws Exception {
        String token = central.get().server.tokens().issue("DPS", 3, Duration.ofHours(1)).token();
        EnrollRequest first = request(UUID.randomUUID().toString(), "DPS", 3, token);

        HttpResponse<byte[]> enrolled = enroll(first);
        assertThat(enrolled.statusCode()).isEqualTo(201);
        EnrollReply reply = read(enrolled, EnrollReply.class);
        assertThat(reply.deviceId()).isEqualTo(first.deviceId());
        assertThat(reply.officeCode()).isEqualTo("DPS");
        assertThat(reply.counter()).isEqualTo(3);
        assertThat(reply.centreKeys()).as("the keys bundles are encrypted to and receipts signed with")
                .isEqualTo(central.get().server.keys().keys().publicKeys());
        CentreKeys published = read(central.get().enroll().get(Paths.CENTRE_KEYS), CentreKeys.class);
        assertThat(published).isEqualTo(reply.centreKeys());
        assertThat(BundleKeys.decodePublic(published.bundleKey())).isNotNull();
        assertThat(DeviceKeys.decodePublic(published.receiptKey())).isNotNull();

        HttpResponse<byte[]> second = enroll(request(UUID.randomUUID().toString(), "DPS", 3, token));
        assertThat(second.statusCode()).isEqualTo(403);
        assertThat(error(second)).isEqualTo(ErrorCode.ENROLLMENT_REFUSED);
    }

    @Test
    void aRetriedEnrollmentOfTheSameDeviceGetsTheSameAnswer() throws Exception {
        String token = central.get().server.tokens().issue("DPS", null, Duration.ofHours(1)).token();
        EnrollRequest request = request(UUID.randomUUID().toString(), "DPS", 2, token);
        EnrollReply first = read(enroll(request), EnrollReply.class);

        HttpResponse<byte[]> again = enroll(request);

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(read(again, EnrollReply.class)).isEqualTo(first);
    }

    @Test
    void unknownTokensAndTokensOfAnotherOfficeOrCounterAreRefused() throws Exception {
        assertThat(enroll(request(UUID.randomUUID().toString(), "DPS", 1, "not-a-token")).statusCode()).isEqualTo(403);

        String forDenpasar = central.get().server.tokens().issue("DPS", 1, Duration.ofHours(1)).token();
        assertThat(error(enroll(request(UUID.randomUUID().toString(), "JKT", 1, forDenpasar))))
                .isEqualTo(ErrorCode.ENROLLMENT_REFUSED);
        assertThat(error(enroll(request(UUID.randomUUID().toString(), "DPS", 2, forDenpasar))))
                .isEqualTo(ErrorCode.ENROLLMENT_REFUSED);
        // the refusals did not use the token up
        assertThat(enroll(request(UUID.randomUUID().toString(), "DPS", 1, forDenpasar)).statusCode()).isEqualTo(201);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = central.get().server.tokens().issue("DPS", null, Duration.ofMillis(1)).token();
        Thread.sleep(5);
        assertThat(error(enroll(request(UUID.randomUUID().toString(), "DPS", 1, token))))
                .isEqualTo(ErrorCode.ENROLLMENT_REFUSED);
    }

    @Test
    void aDeviceIdCannotBeEnrolledTwice() throws Exception {
        DeviceClient device = central.get().enroll();
        String token = central.get().server.tokens().issue("DPS", null, Duration.ofHours(1)).token();

        HttpResponse<byte[]> again = enroll(request(device.deviceId(), "DPS", 1, token));

        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(error(again)).isEqualTo(ErrorCode.ENROLLMENT_REFUSED);
    }

    @Test
    void malformedEnrollmentsAreBadRequests() throws Exception {
        String token = central.get().server.tokens().issue("DPS", null, Duration.ofHours(1)).token();
        EnrollRequest badKey = new EnrollRequest(1, UUID.randomUUID().toString(), "DPS", 1, "bm90IGEga2V5", token);
        assertThat(error(enroll(badKey))).isEqualTo(ErrorCode.BAD_REQUEST);

        EnrollRequest future = new EnrollRequest(2, UUID.randomUUID().toString(), "DPS", 1,
                DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()), token);
        assertThat(error(enroll(future))).isEqualTo(ErrorCode.UNSUPPORTED_VERSION);

        HttpResponse<byte[]> garbage = central.get().post(Paths.DEVICES, "{not json".getBytes(), null);
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(error(garbage)).isEqualTo(ErrorCode.BAD_REQUEST);
    }

    private static EnrollRequest request(String deviceId, String office, int counter, String token) {
        return new EnrollRequest(ProtocolVersion.CURRENT, deviceId, office, counter,
                DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()), token);
    }

    private static HttpResponse<byte[]> enroll(EnrollRequest request) throws Exception {
        return central.get().post(Paths.DEVICES, DeviceClient.json(request), null);
    }
}
