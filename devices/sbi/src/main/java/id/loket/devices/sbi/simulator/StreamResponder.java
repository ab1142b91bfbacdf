package id.loket.devices.sbi.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import id.loket.devices.sbi.wire.DeviceStatus;
import id.loket.devices.sbi.wire.SbiError;
import id.loket.devices.sbi.wire.SbiErrorCodes;
import id.loket.devices.sbi.wire.SbiFinger;
import id.loket.devices.sbi.wire.StreamRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * STREAM: a live preview as {@code multipart/x-mixed-replace} JPEG frames, 5 per second (the spec
 * asks for at least 3), until the request's timeout (default 5 minutes) or the client hangs up.
 * An unknown device gets the spec's error 202 "No Device Connected".
 */
final class StreamResponder {
    static final String BOUNDARY = "--BoundaryString";
    private static final Duration FRAME_INTERVAL = Duration.ofMillis(200);
    private static final int DEFAULT_TIMEOUT_MS = 300_000;

    private final SimulatedDevice device;
    private final ObjectMapper mapper;

    StreamResponder(SimulatedDevice device) {
        this.device = device;
        this.mapper = device.mapper();
    }

    int stream(HttpExchange exchange, byte[] body, SbiExchangeHandler.JsonSender json)
            throws IOException, InterruptedException {
        StreamRequest request = parse(body);
        if (request == null || !SimulatedDevice.DEVICE_ID.equals(request.deviceId())) {
            return json.send(exchange, 200, Map.of("error",
                    SbiError.of(SbiErrorCodes.NO_DEVICE_CONNECTED, "No Device Connected.")));
        }
        DeviceStatus status = device.status();
        if (status == DeviceStatus.BUSY || status == DeviceStatus.NOT_READY) {
            return json.send(exchange, 200, Map.of("error", SimulatedDevice.errorFor(status)));
        }
        byte[] frame = FingerprintImages.jpeg(FingerprintImages.render(device.settings().seed(),
                firstFingerOf(request.deviceSubId()), false));
        long timeoutMs = request.timeout() == null || request.timeout() <= 0 ? DEFAULT_TIMEOUT_MS : request.timeout();
        long deadline = System.nanoTime() + Duration.ofMillis(timeoutMs).toNanos();
        exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace; boundary=" + BOUNDARY);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        while (System.nanoTime() < deadline) {
            String head = BOUNDARY + "\r\nContent-Type:image/jpeg\r\nContent-Length:" + frame.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(frame);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(FRAME_INTERVAL);
        }
        return 200;
    }

    private StreamRequest parse(byte[] body) {
        try {
            return body.length == 0 ? null : mapper.readValue(body, StreamRequest.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static SbiFinger firstFingerOf(String subId) {
        int id = "2".equals(subId) ? 2 : "3".equals(subId) ? 3 : 1;
        return Arrays.stream(SbiFinger.values()).filter(f -> f.slapSubId() == id).findFirst().orElseThrow();
    }
}
