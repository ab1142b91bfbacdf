package id.loket.devices.sbi.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.devices.sbi.jws.Base64Url;
import id.loket.devices.sbi.jws.CompactJws;
import id.loket.devices.sbi.jws.JwsFormatException;
import id.loket.devices.sbi.wire.BiometricData;
import id.loket.devices.sbi.wire.BiometricEntry;
import id.loket.devices.sbi.wire.CaptureHash;
import id.loket.devices.sbi.wire.CaptureResponse;
import id.loket.devices.sbi.wire.DigitalId;
import id.loket.devices.sbi.wire.SbiFinger;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an RCAPTURE reply as a careful client must, block by block: device errors, the
 * signature, the echoed transactionId, the modality and finger, the timestamp against our clock,
 * the quality score, the image, and the hash chain; then that every requested finger came back
 * and met the requested score. The first violation ends the check with its failure code.
 */
final class CaptureReplyChecker {
    private final SbiClientConfig config;
    private final Clock clock;
    private final ObjectMapper mapper;

    CaptureReplyChecker(SbiClientConfig config, Clock clock, ObjectMapper mapper) {
        this.config = config;
        this.clock = clock;
        this.mapper = mapper;
    }

    CaptureResult check(CaptureSpec spec, byte[] body) throws SbiException {
        CaptureResponse response = parse(body);
        if (response.biometrics().isEmpty()) {
            throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "reply has no biometrics");
        }
        Instant now = clock.instant();
        Set<SbiFinger> expected = EnumSet.copyOf(spec.fingers());
        Set<SbiFinger> seen = EnumSet.noneOf(SbiFinger.class);
        List<CapturedFinger> fingers = new ArrayList<>();
        List<QualityShortfall> shortfalls = new ArrayList<>();
        String previousHash = spec.previousHash();
        boolean trusted = true;
        DigitalId digitalId = null;
        for (BiometricEntry entry : response.biometrics()) {
            if (entry.data() == null || entry.data().isBlank()) {
                if (entry.error() != null && !entry.error().isSuccess()) {
                    throw DeviceErrors.fromError(entry.error(), "capture");
                }
                throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "a biometric block has no data");
            }
            CompactJws jws = parseJws(entry.data());
            trusted &= config.trust().verify(jws, "capture data", now);
            BiometricData data = readPayload(jws.payload());
            if (!spec.transactionId().equals(data.transactionId())) {
                throw new SbiException(SbiFailureCode.TRANSACTION_MISMATCH, "block carries another transactionId");
            }
            SbiFinger finger = checkFinger(data, expected, seen);
            Instant stamp = checkTimestamp(data.timestamp(), now);
            double quality = score(data.qualityScore());
            byte[] image = Base64Url.decode(data.bioValue()).filter(b -> b.length > 0).orElseThrow(() ->
                    new SbiException(SbiFailureCode.BIO_VALUE_INVALID, finger.wireName() + " bioValue does not decode"));
            String hash = checkHash(entry.hash(), previousHash, image, finger);
            previousHash = hash;
            if (digitalId == null) {
                digitalId = decodeDigitalId(data.digitalId(), now);
            }
            double requested = spec.requestedScore();
            if (quality < requested) {
                shortfalls.add(new QualityShortfall(finger, quality, requested));
            }
            fingers.add(new CapturedFinger(finger, quality, requested, image, CaptureHash.sha256Hex(image),
                    ImageFormats.mediaType(image), stamp, hash));
        }
        if (!seen.equals(expected)) {
            Set<SbiFinger> missing = EnumSet.copyOf(expected);
            missing.removeAll(seen);
            throw new SbiException(SbiFailureCode.UNEXPECTED_BIOMETRIC, "requested fingers missing: " + missing);
        }
        if (spec.enforceRequestedScore() && !shortfalls.isEmpty()) {
            throw new SbiException(SbiFailureCode.LOW_QUALITY, shortfalls.size() + " finger(s) below requested score "
                    + spec.requestedScore(), null, shortfalls, null);
        }
        return new CaptureResult(spec.transactionId(), spec.deviceId(), digitalId, trusted && config.trust().requiresAnchor(),
                fingers, previousHash);
    }

    private CaptureResponse parse(byte[] body) throws SbiException {
        try {
            CaptureResponse response = mapper.readValue(body, CaptureResponse.class);
            if (response == null) {
                throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "reply is empty");
            }
            return response;
        } catch (IOException e) {
            throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "reply is not capture JSON", e);
        }
    }

    private CompactJws parseJws(String data) throws SbiException {
        try {
            return CompactJws.parse(data, mapper);
        } catch (JwsFormatException e) {
            throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "capture data: " + e.getMessage(), e);
        }
    }

    private BiometricData readPayload(byte[] payload) throws SbiException {
        try {
            BiometricData data = mapper.readValue(payload, BiometricData.class);
            if (data == null) {
                throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "capture data payload is empty");
            }
            return data;
        } catch (IOException e) {
            throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "capture data payload is not JSON", e);
        }
    }

    private static SbiFinger checkFinger(BiometricData data, Set<SbiFinger> expected, Set<SbiFinger> seen)
            throws SbiException {
        if (!"Finger".equalsIgnoreCase(data.bioType())) {
            throw new SbiException(SbiFailureCode.UNEXPECTED_BIOMETRIC, "bioType '" + data.bioType() + "' is not Finger");
        }
        SbiFinger finger = SbiFinger.fromWireName(data.bioSubType()).orElseThrow(() ->
                new SbiException(SbiFailureCode.UNEXPECTED_BIOMETRIC, "unknown bioSubType '" + data.bioSubType() + "'"));
        if (!expected.contains(finger)) {
            throw new SbiException(SbiFailureCode.UNEXPECTED_BIOMETRIC, finger.wireName() + " was not requested");
        }
        if (!seen.add(finger)) {
            throw new SbiException(SbiFailureCode.UNEXPECTED_BIOMETRIC, finger.wireName() + " came back twice");
        }
        return finger;
    }

    private Instant checkTimestamp(String timestamp, Instant now) throws SbiException {
        if (timestamp == null || timestamp.isBlank()) {
            throw new SbiException(SbiFailureCode.TIMESTAMP_INVALID, "block has no timestamp");
        }
        Instant stamp;
        try {
            stamp = OffsetDateTime.parse(timestamp.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new SbiException(SbiFailureCode.TIMESTAMP_INVALID, "timestamp '" + timestamp + "' is not ISO 8601", e);
        }
        Duration skew = Duration.between(stamp, now).abs();
        if (skew.compareTo(config.maxClockSkew()) > 0) {
            throw new SbiException(SbiFailureCode.STALE_TIMESTAMP, "timestamp is " + skew.toSeconds()
                    + " s from our clock (allowed " + config.maxClockSkew().toSeconds() + " s)");
        }
        return stamp;
    }

    private static double score(String text) throws SbiException {
        if (text == null || text.isBlank()) {
            throw new SbiException(SbiFailureCode.QUALITY_MISSING, "block has no qualityScore");
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new SbiException(SbiFailureCode.QUALITY_INVALID, "qualityScore '" + text + "' is not a number", e);
        }
        if (Double.isNaN(value) || value < 0 || value > 100) {
            throw new SbiException(SbiFailureCode.QUALITY_INVALID, "qualityScore " + text + " is outside 0-100");
        }
        return value;
    }

    private static String checkHash(String hash, String previousHash, byte[] image, SbiFinger finger) throws SbiException {
        String expected;
        try {
            expected = CaptureHash.next(previousHash, image);
        } catch (IllegalArgumentException e) {
            throw new SbiException(SbiFailureCode.HASH_MISMATCH, "previousHash is not hex", e);
        }
        if (hash == null || !expected.equals(hash.trim().toUpperCase(Locale.ROOT))) {
            throw new SbiException(SbiFailureCode.HASH_MISMATCH, finger.wireName() + " hash does not chain");
        }
        return expected;
    }

    /**
     * The data block's digital ID. It is a JWT of its own (signed with the device key for L0, the
     * FTM key for L1): when signed, it must verify under the trust policy too.
     */
    private DigitalId decodeDigitalId(String value, Instant now) throws SbiException {
        if (value == null || value.isBlank()) {
            throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "capture data has no digitalId");
        }
        try {
            CompactJws jws = CompactJws.parse(value, mapper);
            if (jws.signed()) {
                config.trust().verify(jws, "digital ID", now);
            }
            return mapper.readValue(jws.payload(), DigitalId.class);
        } catch (JwsFormatException | IOException e) {
            throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "digitalId does not decode", e);
        }
    }
}
