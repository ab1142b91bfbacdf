package id.loket.sync.protocol.enroll;

import id.loket.sync.protocol.bundle.CentreKeys;

import java.time.Instant;

/**
 * The centre's answer to an enrollment: the device may now sign requests.
 *
 * @param centreKeys the centre's bundle and receipt keys (null from a centre older than bundles)
 */
public record EnrollReply(String deviceId, String officeCode, int counter, Instant enrolledAt,
                          CentreKeys centreKeys) {
}
