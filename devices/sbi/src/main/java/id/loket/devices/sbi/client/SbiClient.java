package id.loket.devices.sbi.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.devices.sbi.jws.CompactJws;
import id.loket.devices.sbi.jws.JwsFormatException;
import id.loket.devices.sbi.wire.BioRequest;
import id.loket.devices.sbi.wire.CaptureRequest;
import id.loket.devices.sbi.wire.DeviceInfo;
import id.loket.devices.sbi.wire.DeviceInfoEnvelope;
import id.loket.devices.sbi.wire.DigitalId;
import id.loket.devices.sbi.wire.DiscoveredDevice;
import id.loket.devices.sbi.wire.DiscoveryRequest;
import id.loket.devices.sbi.wire.SbiError;
import id.loket.devices.sbi.wire.SbiFinger;
import id.loket.devices.sbi.wire.SbiJson;
import id.loket.devices.sbi.wire.StreamRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A careful client of MOSIP SBI 0.9.5 fingerprint services on 127.0.0.1: discovery over the port
 * range in parallel, device info, registration capture with every reply checked (see
 * {@link CaptureReplyChecker}), and the live preview stream. Each failure is an
 * {@link SbiException} with a stable code. Thread-safe; one instance can serve the whole app;
 * {@link #close()} releases the HTTP client it made.
 */
public final class SbiClient implements AutoCloseable {
    private final SbiClientConfig config;
    private final Clock clock;
    private final ObjectMapper mapper = SbiJson.newMapper();
    private final SbiTransport transport;
    private final CaptureReplyChecker checker;
    private final HttpClient ownHttp;

    public SbiClient(SbiClientConfig config, Clock clock) {
        this(config, clock, SbiTransport.newHttpClient(config.probeTimeout()), true);
    }

    /**
     * With a caller-made {@link HttpClient}, which the caller closes (HTTP/1.1 is advisable: SBI
     * services are plain HTTP/1.1, and its connect timeout bounds each discovery probe).
     */
    public SbiClient(SbiClientConfig config, Clock clock, HttpClient http) {
        this(config, clock, http, false);
    }

    private SbiClient(SbiClientConfig config, Clock clock, HttpClient http, boolean owned) {
        this.config = config;
        this.clock = clock;
        this.transport = new SbiTransport(http, config.appName());
        this.checker = new CaptureReplyChecker(config, clock, mapper);
        this.ownHttp = owned ? http : null;
    }

    /** Stops the HTTP client this instance made (calls in flight fail); a caller-supplied one is left alone. */
    @Override
    public void close() {
        if (ownHttp != null) {
            ownHttp.shutdownNow();
        }
    }

    public SbiClientConfig config() {
        return config;
    }

    /** Discovers fingerprint devices on 4501-4600 with the configured per-port timeout. */
    public List<SbiDevice> discover() {
        return discover(PortRange.SBI, config.probeTimeout());
    }

    /**
     * Sends MOSIPDISC {@code {"type":"Finger"}} to every port of {@code ports} at once. Closed
     * ports, other HTTP services and slow ports (over {@code perPortTimeout}) are skipped; the
     * whole probe takes about one {@code perPortTimeout} at most. Results are ordered by port.
     */
    public List<SbiDevice> discover(PortRange ports, Duration perPortTimeout) {
        byte[] body = json(new DiscoveryRequest(DiscoveryRequest.FINGER));
        List<CompletableFuture<List<SbiDevice>>> probes = new ArrayList<>();
        for (int port = ports.first(); port <= ports.last(); port++) {
            int p = port;
            probes.add(transport.sendAsync(p, "MOSIPDISC", "/device", body, perPortTimeout)
                    .orTimeout(perPortTimeout.toMillis() + 200, TimeUnit.MILLISECONDS)
                    .handle((response, error) -> error == null ? readDiscovery(p, response) : List.<SbiDevice>of()));
        }
        List<SbiDevice> found = new ArrayList<>();
        for (CompletableFuture<List<SbiDevice>> probe : probes) {
            found.addAll(probe.join());
        }
        found.sort(Comparator.comparingInt(SbiDevice::port));
        return List.copyOf(found);
    }

    private List<SbiDevice> readDiscovery(int port, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<DiscoveredDevice> announced;
        try {
            JsonNode tree = mapper.readTree(response.body());
            if (tree == null || !(tree.isArray() || tree.isObject())) {
                return List.of();
            }
            announced = new ArrayList<>();
            for (JsonNode node : tree.isArray() ? tree : List.of(tree)) {
                announced.add(mapper.treeToValue(node, DiscoveredDevice.class));
            }
        } catch (IOException notSbi) {
            return List.of();
        }
        List<SbiDevice> devices = new ArrayList<>();
        for (DiscoveredDevice d : announced) {
            if (d == null || d.deviceId() == null || d.deviceId().isBlank()) {
                continue;
            }
            DigitalId digitalId = decodeUnverified(d.digitalId()).orElse(null);
            if (digitalId == null || digitalId.isFinger()) {
                devices.add(new SbiDevice(port, d, digitalId));
            }
        }
        return devices;
    }

    /** Discovery's digital ID is unsigned by spec: decoded for display and filtering, not trusted. */
    private Optional<DigitalId> decodeUnverified(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.readValue(CompactJws.parse(value, mapper).payload(), DigitalId.class));
        } catch (JwsFormatException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * MOSIPDINFO on {@code port}: every device the service reports, with signed device info
     * verified under the trust policy (an unregistered device may send it unsigned).
     */
    public List<DeviceInfo> deviceInfo(int port) throws SbiException {
        HttpResponse<byte[]> response = transport.send(port, "MOSIPDINFO", "/info", new byte[0], config.requestTimeout());
        requireOk(response.statusCode(), "MOSIPDINFO");
        DeviceInfoEnvelope[] envelopes;
        try {
            envelopes = mapper.readValue(response.body(), DeviceInfoEnvelope[].class);
        } catch (IOException e) {
            throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "device info is not a JSON array", e);
        }
        Instant now = clock.instant();
        List<DeviceInfo> infos = new ArrayList<>();
        for (DeviceInfoEnvelope envelope : envelopes) {
            if (envelope == null || envelope.deviceInfo() == null || envelope.deviceInfo().isBlank()) {
                continue;
            }
            try {
                CompactJws jws = CompactJws.parse(envelope.deviceInfo(), mapper);
                if (jws.signed()) {
                    config.trust().verify(jws, "device info", now);
                }
                infos.add(mapper.readValue(jws.payload(), DeviceInfo.class));
            } catch (JwsFormatException | IOException e) {
                throw new SbiException(SbiFailureCode.MALFORMED_REPLY, "device info does not decode", e);
            }
        }
        return List.copyOf(infos);
    }

    /**
     * RCAPTURE on {@code port}. Unless disabled in the config, first asks device info and refuses
     * to capture unless the device is "Ready". Waits at most the spec's timeout plus the configured
     * grace, then checks the reply.
     */
    public CaptureResult rcapture(int port, CaptureSpec spec) throws SbiException {
        if (config.checkReadyBeforeCapture()) {
            DeviceInfo info = deviceInfo(port).stream().filter(i -> spec.deviceId().equals(i.deviceId())).findFirst()
                    .orElseThrow(() -> new SbiException(SbiFailureCode.DEVICE_NOT_FOUND,
                            "device " + spec.deviceId() + " not reported on port " + port));
            SbiException notReady = DeviceErrors.fromStatus(info.status(), spec.deviceId());
            if (notReady != null) {
                throw notReady;
            }
        }
        CaptureRequest request = new CaptureRequest(config.env(), CaptureRequest.PURPOSE_REGISTRATION,
                CaptureRequest.SPEC_VERSION, (int) spec.timeout().toMillis(),
                DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)),
                spec.transactionId(),
                List.of(new BioRequest("Finger", spec.fingers().size(), names(spec.fingers()), names(spec.exceptions()),
                        spec.requestedScore(), spec.deviceId(), spec.deviceSubId(), spec.previousHash())),
                spec.customOpts());
        HttpResponse<byte[]> response = transport.send(port, "RCAPTURE", "/capture", json(request),
                spec.timeout().plus(config.captureGrace()));
        requireOk(response.statusCode(), "RCAPTURE");
        return checker.check(spec, response.body());
    }

    /**
     * STREAM on {@code port}: hands each JPEG preview frame to {@code onFrame} until
     * {@code maxFrames} arrived, the device ends the stream, or {@code timeout} passes.
     *
     * @return the number of frames delivered
     */
    public int stream(int port, String deviceId, String deviceSubId, Duration timeout, int maxFrames,
                      Consumer<byte[]> onFrame) throws SbiException {
        byte[] body = json(new StreamRequest(deviceId, deviceSubId, (int) timeout.toMillis()));
        HttpResponse<InputStream> response = transport.open(port, "STREAM", "/stream", body, config.requestTimeout());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream in = response.body()) {
            requireOk(response.statusCode(), "STREAM");
            if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                throw streamError(in.readNBytes(1 << 16));
            }
            Thread watchdog = Thread.ofVirtual().start(() -> closeAfter(in, timeout.plus(config.captureGrace())));
            try {
                MultipartFrameReader reader = new MultipartFrameReader(in, contentType);
                int frames = 0;
                while (frames < maxFrames) {
                    Optional<byte[]> frame = reader.next();
                    if (frame.isEmpty()) {
                        break;
                    }
                    onFrame.accept(frame.get());
                    frames++;
                }
                return frames;
            } finally {
                watchdog.interrupt();
            }
        } catch (IOException e) {
            throw new SbiException(SbiFailureCode.HTTP_ERROR, "stream broke: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void closeAfter(InputStream in, Duration limit) {
        try {
            Thread.sleep(limit);
            in.close();
        } catch (InterruptedException | IOException done) {
            // stream finished first, or is already closed
        }
    }

    private SbiException streamError(byte[] body) {
        try {
            SbiError error = mapper.treeToValue(mapper.readTree(body).path("error"), SbiError.class);
            if (error != null && !error.isSuccess()) {
                return DeviceErrors.fromError(error, "stream");
            }
        } catch (IOException | IllegalArgumentException e) {
            // fall through
        }
        return new SbiException(SbiFailureCode.MALFORMED_REPLY, "stream reply is neither frames nor an SBI error");
    }

    private static void requireOk(int status, String method) throws SbiException {
        if (status != 200) {
            throw new SbiException(SbiFailureCode.HTTP_ERROR, method + " answered HTTP " + status);
        }
    }

    private static List<String> names(List<SbiFinger> fingers) {
        return fingers.stream().map(SbiFinger::wireName).toList();
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SBI request does not serialise", e);
        }
    }
}
