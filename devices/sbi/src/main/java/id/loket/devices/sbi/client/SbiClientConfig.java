package id.loket.devices.sbi.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Client settings.
 *
 * @param probeTimeout      per-port limit while discovering (connect and reply), default 400 ms
 * @param requestTimeout    limit for device info and stream set-up, default 5 s
 * @param captureGrace      extra time over a capture's own timeout before we give up, default 2 s
 * @param maxClockSkew      how far a data block's timestamp may be from our clock, default 5 min
 * @param appName           sent in the spec's {@code EXT} header
 * @param env               the {@code env} we request: Staging, Developer, Pre-Production or Production
 * @param trust             how signatures are checked
 * @param checkReadyBeforeCapture ask device info first and refuse to capture unless "Ready"
 */
public record SbiClientConfig(
        Duration probeTimeout,
        Duration requestTimeout,
        Duration captureGrace,
        Duration maxClockSkew,
        String appName,
        String env,
        TrustPolicy trust,
        boolean checkReadyBeforeCapture) {

    public SbiClientConfig {
        Objects.requireNonNull(probeTimeout);
        Objects.requireNonNull(requestTimeout);
        Objects.requireNonNull(captureGrace);
        Objects.requireNonNull(maxClockSkew);
        Objects.requireNonNull(appName);
        Objects.requireNonNull(env);
        Objects.requireNonNull(trust);
    }

    /** Production env, signature-only trust, readiness checked, 5 minutes of clock skew. */
    public static SbiClientConfig defaults() {
        return new SbiClientConfig(Duration.ofMillis(400), Duration.ofSeconds(5), Duration.ofSeconds(2),
                Duration.ofMinutes(5), "Loket", "Production", TrustPolicy.signatureOnly(), true);
    }

    public SbiClientConfig withProbeTimeout(Duration value) {
        return new SbiClientConfig(value, requestTimeout, captureGrace, maxClockSkew, appName, env, trust,
                checkReadyBeforeCapture);
    }

    public SbiClientConfig withCaptureGrace(Duration value) {
        return new SbiClientConfig(probeTimeout, requestTimeout, value, maxClockSkew, appName, env, trust,
                checkReadyBeforeCapture);
    }

    public SbiClientConfig withMaxClockSkew(Duration value) {
        return new SbiClientConfig(probeTimeout, requestTimeout, captureGrace, value, appName, env, trust,
                checkReadyBeforeCapture);
    }

    public SbiClientConfig withEnv(String value) {
        return new SbiClientConfig(probeTimeout, requestTimeout, captureGrace, maxClockSkew, appName, value, trust,
                checkReadyBeforeCapture);
    }

    public SbiClientConfig withTrust(TrustPolicy value) {
        return new SbiClientConfig(probeTimeout, requestTimeout, captureGrace, maxClockSkew, appName, env, value,
                checkReadyBeforeCapture);
    }

    public SbiClientConfig withCheckReadyBeforeCapture(boolean value) {
        return new SbiClientConfig(probeTimeout, requestTimeout, captureGrace, maxClockSkew, appName, env, trust, value);
    }
}
