package id.loket.desktop.capture.fingerprint;

import id.loket.core.biometric.Finger;
import id.loket.devices.sbi.client.CaptureResult;
import id.loket.devices.sbi.client.CaptureSpec;
import id.loket.devices.sbi.client.CapturedFinger;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiDevice;
import id.loket.devices.sbi.client.SbiException;
import id.loket.devices.sbi.wire.DigitalId;
import id.loket.devices.sbi.wire.SbiFinger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link FingerprintScanner} over a MOSIP SBI 0.9.5 service through {@link SbiClient}, which checks
 * every reply (transaction id, timestamp, quality present, signature, Ready status). Fingers map
 * onto SBI by their {@code bioSubType} name. A slap scanner captures one hand (or the two thumbs)
 * per placement, so the requested fingers are captured sensor by sensor, each capture chained to
 * the previous one's hash as SBI asks. Scores below the requested one are returned, not refused:
 * the step decides about retries and exceptions.
 */
public final class SbiFingerprintScanner implements FingerprintScanner {

    private final SbiClient client;
    private final PortRange ports;
    private final Duration probeTimeout;

    /**
     * @param client       the shared SBI client (its caller closes it)
     * @param ports        where to look: {@link PortRange#SBI} in production, one port for the demo and tests
     * @param probeTimeout per-port limit while discovering
     */
    public SbiFingerprintScanner(SbiClient client, PortRange ports, Duration probeTimeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.probeTimeout = Objects.requireNonNull(probeTimeout, "probeTimeout");
    }

    /** The SBI finger with the same {@code bioSubType} name. */
    public static SbiFinger toSbi(Finger finger) {
        return SbiFinger.fromWireName(finger.bioSubType()).orElseThrow(() ->
                new IllegalArgumentException("no SBI finger named " + finger.bioSubType()));
    }

    @Override
    public List<ScannerDevice> discover() {
        List<ScannerDevice> found = new ArrayList<>();
        for (SbiDevice device : client.discover(ports, probeTimeout)) {
            DigitalId id = device.identity().orElse(null);
            String model = id == null ? "" : (nonNull(id.make()) + " " + nonNull(id.model())).strip();
            found.add(new ScannerDevice(device.port(), device.deviceId(), id == null ? null : id.serialNo(), model));
        }
        return List.copyOf(found);
    }

    @Override
    public ScanResult capture(ScannerDevice device, List<Finger> fingers, int requestedScore, Duration timeout) {
        if (fingers.isEmpty()) {
            throw new IllegalArgumentException("capture at least one finger");
        }
        Map<Integer, List<SbiFinger>> bySensor = new LinkedHashMap<>();
        for (Finger finger : fingers) {
            SbiFinger sbi = toSbi(finger);
            bySensor.computeIfAbsent(sbi.slapSubId(), k -> new ArrayList<>()).add(sbi);
        }
        List<ScannedFinger> scanned = new ArrayList<>();
        String previousHash = "";
        try {
            for (Map.Entry<Integer, List<SbiFinger>> sensor : bySensor.entrySet()) {
                CaptureSpec spec = CaptureSpec.of(device.deviceId(), sensor.getKey(), sensor.getValue())
                        .withRequestedScore(requestedScore).withTimeout(timeout)
                        .withTransactionId(UUID.randomUUID().toString()).withPreviousHash(previousHash)
                        .withEnforceRequestedScore(false);
                CaptureResult result = client.rcapture(device.port(), spec);
                for (CapturedFinger print : result.fingers()) {
                    scanned.add(new ScannedFinger(Finger.fromBioSubType(print.finger().wireName()),
                            print.qualityScore(), print.image(), print.mediaType(), print.imageSha256()));
                }
                previousHash = result.lastHash();
            }
        } catch (SbiException failure) {
            return new ScanResult.Failed(failure.code(), failure.deviceErrorCode().orElse(null));
        }
        return new ScanResult.Captured(device, scanned);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
