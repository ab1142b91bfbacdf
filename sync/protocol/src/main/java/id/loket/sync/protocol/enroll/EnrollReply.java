package id.loket.sync.protocol.enroll;

import java.time.Instant;

/** The centre's answer to an enrollment: the device may now sign requests. */
public record EnrollReply(String deviceId, String officeCode, int counter, Instant enrolledAt) {
}
