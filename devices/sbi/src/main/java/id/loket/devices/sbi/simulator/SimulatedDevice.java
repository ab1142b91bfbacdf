package id.loket.devices.sbi.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.devices.sbi.jws.JwsSigner;
import id.loket.devices.sbi.wire.DeviceInfo;
import id.loket.devices.sbi.wire.DeviceInfoEnvelope;
import id.loket.devices.sbi.wire.DeviceStatus;
import id.loket.devices.sbi.wire.DigitalId;
import id.loket.devices.sbi.wire.DiscoveredDevice;
import id.loket.devices.sbi.wire.DiscoveryRequest;
import id.loket.devices.sbi.wire.SbiError;
import id.loket.devices.sbi.wire.SbiErrorCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The simulated slap scanner's identity and state: one device (id {@code "1"}, sensors 1 = left
 * four, 2 = right four, 3 = thumbs), registered L0 for Registration in the Developer
 * environment, with a busy flag held while a capture runs.
 */
final class SimulatedDevice {
    static final String DEVICE_ID = "1";
    static final List<String> SUB_IDS = List.of("1", "2", "3");
    static final String SPEC_VERSION = "0.9.5";
    static final String ENV = "Developer";
    static final String PURPOSE = "Registration";

    private final int port;
    private final String serialNo;
    private final DeviceIdentity identity;
    private final SimulatorSettings settings;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final AtomicBoolean capturing = new AtomicBoolean();

    SimulatedDevice(int port, String serialNo, DeviceIdentity identity, SimulatorSettings settings, Clock clock,
                    ObjectMapper mapper) {
        this.port = port;
        this.serialNo = serialNo;
        this.identity = identity;
        this.settings = settings;
        this.clock = clock;
        this.mapper = mapper;
    }

    String serialNo() {
        return serialNo;
    }

    DeviceIdentity identity() {
        return identity;
    }

    SimulatorSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** Claims the sensor for one capture; false when another capture holds it. */
    boolean tryStartCapture() {
        return capturing.compareAndSet(false, true);
    }

    void endCapture() {
        capturing.set(false);
    }

    DeviceStatus status() {
        return switch (settings.mode()) {
            case BUSY -> DeviceStatus.BUSY;
            case NOT_READY -> DeviceStatus.NOT_READY;
            default -> capturing.get() ? DeviceStatus.BUSY : DeviceStatus.READY;
        };
    }

    /** The error object the spec asks to accompany a non-Ready status. */
    static SbiError errorFor(DeviceStatus status) {
        return switch (status) {
            case BUSY -> SbiError.of(SbiErrorCodes.DEVICE_BUSY, "Device is Busy");
            case NOT_READY -> SbiError.of(SbiErrorCodes.DEVICE_NOT_READY, "Device is not ready");
            case NOT_REGISTERED -> SbiError.of(SbiErrorCodes.DEVICE_NOT_REGISTERED, "Device not registered");
            default -> SbiError.success();
        };
    }

    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private String callbackId() {
        return "http://127.0.0.1:" + port + "/";
    }

    DigitalId digitalId() {
        return new DigitalId(serialNo, "Loket", "SIM-SLAP-500", "Finger", "Slap", "Loket SBI Simulator",
                "LOKET-SIM", timestamp(clock.instant()));
    }

    /** Signed digital ID (device key, as an L0 registration device). */
    String signedDigitalId() {
        return identity.signer().signJson(digitalId());
    }

    /** MOSIPDISC: this device if the requested type is Finger or any biometric device. */
    List<DiscoveredDevice> discover(DiscoveryRequest request) {
        String type = request == null ? null : request.type();
        boolean matches = type != null && (type.equalsIgnoreCase(DiscoveryRequest.FINGER)
                || type.equalsIgnoreCase("Fingerprint") || type.equalsIgnoreCase(DiscoveryRequest.ANY_DEVICE));
        if (!matches) {
            return List.of();
        }
        DeviceStatus status = status();
        String unsignedDigitalId;
        try {
            unsignedDigitalId = JwsSigner.unsigned(mapper.writeValueAsBytes(digitalId()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return List.of(new DiscoveredDevice(DEVICE_ID, status.wireName(), "L0", SPEC_VERSION, SUB_IDS, callbackId(),
                unsignedDigitalId, serialNo, List.of(SPEC_VERSION), PURPOSE, errorFor(status)));
    }

    /** MOSIPDINFO: the device info signed with the device key. */
    List<DeviceInfoEnvelope> info() {
        DeviceStatus status = status();
        DeviceInfo info = new DeviceInfo(status.wireName(), DEVICE_ID, "loket-sim-0.1", "L0", SPEC_VERSION, SUB_IDS,
                callbackId(), signedDigitalId(), serialNo, ENV, PURPOSE, List.of(SPEC_VERSION));
        return List.of(new DeviceInfoEnvelope(identity.signer().signJson(info), errorFor(status)));
    }
}
