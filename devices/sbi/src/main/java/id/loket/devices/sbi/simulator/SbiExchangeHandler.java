package id.loket.devices.sbi.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.loket.devices.sbi.wire.CaptureRequest;
import id.loket.devices.sbi.wire.DiscoveryRequest;
import id.loket.devices.sbi.wire.SbiError;
import id.loket.devices.sbi.wire.SbiErrorCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes SBI's custom HTTP methods (MOSIPDISC, MOSIPDINFO, RCAPTURE, CAPTURE, STREAM) on any path,
 * as vendors' services do, plus {@code /admin/mode}. Logs method, path and status only: request
 * and reply bodies may hold biometrics and are never logged.
 */
final class SbiExchangeHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SbiExchangeHandler.class);
    private static final int MAX_BODY = 1 << 20;

    private final SimulatedDevice device;
    private final CaptureResponder captures;
    private final StreamResponder streams;
    private final AdminResponder admin;
    private final ObjectMapper mapper;
    private final int port;

    SbiExchangeHandler(SimulatedDevice device, int port) {
        this.device = device;
        this.port = port;
        this.mapper = device.mapper();
        this.captures = new CaptureResponder(device);
        this.streams = new StreamResponder(device);
        this.admin = new AdminResponder(device.settings(), mapper);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            int status = dispatch(exchange, method, path);
            LOG.debug("{} {} -> {}", method, path, status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("{} {} interrupted (simulator stopping)", method, path);
        } catch (IOException e) {
            LOG.debug("{} {} client went away: {}", method, path, e.getClass().getSimpleName());
        }
    }

    private int dispatch(HttpExchange exchange, String method, String path) throws IOException, InterruptedException {
        byte[] body = readBody(exchange.getRequestBody());
        if (path.startsWith("/admin/")) {
            AdminResponder.Reply reply = admin.handle(method, path, body);
            return sendJson(exchange, reply.status(), reply.body());
        }
        return switch (method) {
            case "MOSIPDISC" -> sendJson(exchange, 200, device.discover(parse(body, DiscoveryRequest.class)));
            case "MOSIPDINFO" -> sendJson(exchange, 200, device.info());
            case "RCAPTURE" -> {
                CaptureRequest request = parse(body, CaptureRequest.class);
                yield sendJson(exchange, 200, request == null
                        ? CaptureResponder.errorReply(SbiError.of(SbiErrorCodes.SIM_INVALID_REQUEST, "Invalid JSON"))
                        : captures.rcapture(request));
            }
            case "CAPTURE" -> sendJson(exchange, 200, CaptureResponder.errorReply(SbiError.of(
                    SbiErrorCodes.SIM_CAPTURE_NOT_SUPPORTED,
                    "Registration device: auth CAPTURE is not supported, use RCAPTURE")));
            case "STREAM" -> streams.stream(exchange, body, this::sendJson);
            case "OPTIONS" -> {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods",
                        "MOSIPDISC, MOSIPDINFO, RCAPTURE, CAPTURE, STREAM");
                exchange.sendResponseHeaders(204, -1);
                yield 204;
            }
            default -> sendJson(exchange, 405, Map.of("error",
                    SbiError.of(SbiErrorCodes.SIM_INVALID_REQUEST, "Unsupported method " + method)));
        };
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new IOException("request body over " + MAX_BODY + " bytes");
        }
        return body;
    }

    /** The body as {@code type}, or null when it is empty or not that JSON. */
    private <T> T parse(byte[] body, Class<T> type) {
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            return null;
        }
    }

    int sendJson(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] json = value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : mapper.writeValueAsBytes(value);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Cache-Control", "no-store");
        headers.set("Location", "http://127.0.0.1:" + port);
        headers.set("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
        return status;
    }

    /** What {@link StreamResponder} uses to answer with JSON instead of frames. */
    @FunctionalInterface
    interface JsonSender {
        int send(HttpExchange exchange, int status, Object value) throws IOException;
    }
}
