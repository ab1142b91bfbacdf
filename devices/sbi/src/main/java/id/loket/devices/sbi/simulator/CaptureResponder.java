package id.loket.devices.sbi.simulator;

import id.loket.devices.sbi.jws.Base64Url;
import id.loket.devices.sbi.wire.BioRequest;
import id.loket.devices.sbi.wire.BiometricData;
import id.loket.devices.sbi.wire.BiometricEntry;
import id.loket.devices.sbi.wire.CaptureHash;
import id.loket.devices.sbi.wire.CaptureRequest;
import id.loket.devices.sbi.wire.CaptureResponse;
import id.loket.devices.sbi.wire.DeviceStatus;
import id.loket.devices.sbi.wire.SbiError;
import id.loket.devices.sbi.wire.SbiErrorCodes;
import id.loket.devices.sbi.wire.SbiFinger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Answers RCAPTURE the way an SBI 0.9.5 registration device does: checks the request, waits for
 * the "finger", then returns one signed data block per finger with a generated 500 ppi PNG, its
 * quality score and the chained hash, bent by the current {@link SimulatorMode}.
 */
final class CaptureResponder {
    private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9-]{4,50}");

    private final SimulatedDevice device;
    private final AtomicLong captureCounter = new AtomicLong();

    CaptureResponder(SimulatedDevice device) {
        this.device = device;
    }

    CaptureResponse rcapture(CaptureRequest request) throws InterruptedException {
        Optional<SbiError> refused = refusal(request);
        if (refused.isPresent()) {
            return errorReply(refused.get());
        }
        BioRequest bio = request.bio().getFirst();
        List<SbiFinger> fingers = fingersToCapture(bio);
        if (!device.tryStartCapture()) {
            return errorReply(SimulatedDevice.errorFor(DeviceStatus.BUSY));
        }
        try {
            SimulatorMode mode = device.settings().modeForNextCapture();
            long attempt = captureCounter.incrementAndGet();
            Thread.sleep(mode == SimulatorMode.TIMEOUT ? device.settings().stall() : device.settings().captureDelay());
            if (mode == SimulatorMode.ERROR) {
                List<BiometricEntry> entries = fingers.stream()
                        .map(f -> new BiometricEntry(SimulatedDevice.SPEC_VERSION, "", "",
                                SbiError.of(SbiErrorCodes.NO_BIOMETRIC_OBJECT, "Unable to detect a biometric object")))
                        .toList();
                return new CaptureResponse(entries);
            }
            return new CaptureResponse(blocks(request, bio, fingers, mode, attempt));
        } finally {
            device.endCapture();
        }
    }

    private Optional<SbiError> refusal(CaptureRequest request) {
        DeviceStatus status = device.status();
        if (status != DeviceStatus.READY) {
            return Optional.of(SimulatedDevice.errorFor(status));
        }
        if (request.transactionId() == null || !TRANSACTION_ID.matcher(request.transactionId()).matches()) {
            return Optional.of(SbiError.of(SbiErrorCodes.INVALID_TRANSACTION_ID, "Invalid Transaction ID"));
        }
        if (request.bio().size() != 1 || !"Finger".equalsIgnoreCase(request.bio().getFirst().type())) {
            return Optional.of(SbiError.of(SbiErrorCodes.SIM_INVALID_REQUEST, "Expected one bio element of type Finger"));
        }
        BioRequest bio = request.bio().getFirst();
        if (!SimulatedDevice.DEVICE_ID.equals(bio.deviceId())) {
            return Optional.of(SbiError.of(SbiErrorCodes.DEVICE_NOT_FOUND, "Device not found"));
        }
        List<String> names = new ArrayList<>(bio.bioSubType());
        names.addAll(bio.exception());
        if (names.stream().anyMatch(n -> SbiFinger.fromWireName(n).isEmpty())) {
            return Optional.of(SbiError.of(SbiErrorCodes.SIM_INVALID_REQUEST, "Unknown bioSubType or exception"));
        }
        List<SbiFinger> fingers = fingersToCapture(bio);
        int subId = parseSubId(bio.deviceSubId());
        boolean sensorFits = subId == 0 || fingers.stream().allMatch(f -> f.slapSubId() == subId);
        if (subId < 0 || subId > 3 || !sensorFits || fingers.isEmpty() || bio.count() != fingers.size()) {
            return Optional.of(SbiError.of(SbiErrorCodes.BIOMETRIC_COUNT_NOT_SUPPORTED,
                    "Requested number of biometric (Finger/IRIS) not supported"));
        }
        return Optional.empty();
    }

    /** Requested fingers minus exceptions; with no bioSubType, the sensor's whole slap. */
    private static List<SbiFinger> fingersToCapture(BioRequest bio) {
        Set<SbiFinger> excluded = EnumSet.noneOf(SbiFinger.class);
        bio.exception().forEach(n -> SbiFinger.fromWireName(n).ifPresent(excluded::add));
        List<SbiFinger> wanted = new ArrayList<>();
        if (bio.bioSubType().isEmpty()) {
            int subId = parseSubId(bio.deviceSubId());
            for (SbiFinger f : SbiFinger.values()) {
                if (f.slapSubId() == subId) {
                    wanted.add(f);
                }
            }
        } else {
            bio.bioSubType().forEach(n -> SbiFinger.fromWireName(n).ifPresent(wanted::add));
        }
        return wanted.stream().filter(f -> !excluded.contains(f)).distinct().toList();
    }

    private static int parseSubId(String subId) {
        try {
            return subId == null || subId.isBlank() ? 0 : Integer.parseInt(subId.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private List<BiometricEntry> blocks(CaptureRequest request, BioRequest bio, List<SbiFinger> fingers,
                                        SimulatorMode mode, long attempt) {
        List<BiometricEntry> entries = new ArrayList<>();
        String previousHash = bio.previousHash();
        Instant now = device.clock().instant();
        Instant stamp = mode == SimulatorMode.STALE_TIMESTAMP ? now.minus(Duration.ofHours(1)) : now;
        String transactionId = mode == SimulatorMode.WRONG_TRANSACTION
                ? "SIM-" + Long.toHexString(attempt) + "-not-" + request.transactionId().substring(0, 4)
                : request.transactionId();
        String digitalId = device.signedDigitalId();
        for (SbiFinger finger : fingers) {
            boolean low = mode == SimulatorMode.LOW_QUALITY;
            byte[] image = FingerprintImages.png(FingerprintImages.render(device.settings().seed(), finger, low));
            int quality = quality(finger, attempt, bio.requestedScore(), low);
            BiometricData data = new BiometricData(digitalId, device.serialNo(), SimulatedDevice.SPEC_VERSION, "Finger",
                    finger.wireName(), request.purpose(), request.env(), Base64Url.encode(image), transactionId,
                    SimulatedDevice.timestamp(stamp), Integer.toString(bio.requestedScore()),
                    mode == SimulatorMode.MISSING_QUALITY ? null : Integer.toString(quality));
            String signed = device.identity().signer().signJson(data);
            if (mode == SimulatorMode.BAD_SIGNATURE) {
                signed = tamper(signed, data);
            }
            String hash = CaptureHash.next(previousHash, image);
            entries.add(new BiometricEntry(SimulatedDevice.SPEC_VERSION, signed, hash, SbiError.success()));
            previousHash = hash;
        }
        return entries;
    }

    /** Swaps the signed payload for one with a raised score, keeping the old signature. */
    private String tamper(String signed, BiometricData data) {
        BiometricData forged = new BiometricData(data.digitalId(), data.deviceCode(), data.deviceServiceVersion(),
                data.bioType(), data.bioSubType(), data.purpose(), data.env(), data.bioValue(), data.transactionId(),
                data.timestamp(), data.requestedScore(), "100");
        String[] parts = signed.split("\\.");
        String forgedPayload = device.identity().signer().signJson(forged).split("\\.")[1];
        return parts[0] + "." + forgedPayload + "." + parts[2];
    }

    /** Deterministic per seed, finger and attempt: at or above the requested score, or below it when low. */
    private int quality(SbiFinger finger, long attempt, int requested, boolean low) {
        Random random = new Random(device.settings().seed() * 31 + finger.ordinal() * 7919L + attempt);
        if (low) {
            return Math.max(0, Math.min(requested - 1, 20 + random.nextInt(16)));
        }
        int floor = Math.min(100, Math.max(requested, 60));
        return Math.min(100, floor + random.nextInt(Math.max(1, 101 - floor)));
    }

    static CaptureResponse errorReply(SbiError error) {
        return new CaptureResponse(List.of(new BiometricEntry(SimulatedDevice.SPEC_VERSION, "", "", error)));
    }
}
