package id.loket.sync.agent.ledger;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Objects;

/** An enrolled device: which centre it talks to and the key it signs every request with. */
public record Enrolment(String deviceId, String centreBaseUrl, PrivateKey signingKey, Instant enrolledAt) {

    public Enrolment {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(centreBaseUrl, "centreBaseUrl");
        Objects.requireNonNull(signingKey, "signingKey");
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "Enrolment[" + deviceId + " at " + centreBaseUrl + "]";
    }
}
