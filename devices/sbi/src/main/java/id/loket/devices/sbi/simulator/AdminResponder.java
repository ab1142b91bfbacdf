package id.loket.devices.sbi.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's control API for the separate process: {@code GET /admin/mode} reports, and
 * {@code POST /admin/mode} with {@code {"mode":"low-quality","lowQualityCaptures":2,"stallMillis":5000}}
 * switches (only {@code mode} is required). Not part of SBI.
 */
final class AdminResponder {
    record Reply(int status, Object body) {
    }

    private final SimulatorSettings settings;
    private final ObjectMapper mapper;

    AdminResponder(SimulatorSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    Reply handle(String method, String path, byte[] body) {
        if (!"/admin/mode".equals(path)) {
            return new Reply(404, Map.of("error", "unknown admin path"));
        }
        if ("GET".equals(method)) {
            return new Reply(200, state());
        }
        if (!"POST".equals(method)) {
            return new Reply(405, Map.of("error", "use GET or POST"));
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (IOException e) {
            return new Reply(400, Map.of("error", "body is not JSON"));
        }
        if (json == null || !json.isObject()) {
            return new Reply(400, Map.of("error", "body is not a JSON object"));
        }
        Optional<SimulatorMode> mode = SimulatorMode.parse(json.path("mode").asText(null));
        if (mode.isEmpty()) {
            return new Reply(400, Map.of("error", "unknown mode"));
        }
        int limit = json.path("lowQualityCaptures").asInt(0);
        if (mode.get() == SimulatorMode.LOW_QUALITY && limit > 0) {
            settings.lowQualityFor(limit);
        } else {
            settings.mode(mode.get());
        }
        if (json.has("stallMillis")) {
            settings.stall(Duration.ofMillis(Math.max(0, json.path("stallMillis").asLong())));
        }
        return new Reply(200, state());
    }

    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("mode", settings.mode().wireName());
        state.put("lowQualityCaptures", settings.lowQualityRemaining());
        state.put("stallMillis", settings.stall().toMillis());
        return state;
    }
}
