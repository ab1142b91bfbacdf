package id.loket.core.provision;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.loket.core.i18n.Message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a provisioning file (docs/provisioning/office.example.json): one JSON object whose fields
 * are named by {@link ProvisioningField}. Values are taken as text so that a wrong one (a counter
 * of "3a", a quota of 12.5) is reported by {@link ProvisioningValidator} with its field and reason
 * like any typed value; a field the format does not know (a typo) and a value of the wrong JSON
 * shape are reported the same way. An absent or null {@code enrollmentToken} means "offline for
 * now": the device enrolls later.
 */
public final class ProvisioningFile {

    /** Files larger than this are not provisioning files. */
    static final long MAX_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ProvisioningFile() {
    }

    /**
     * @throws ProvisioningFileException when the file cannot be read, is not JSON or not one object
     */
    public static ProvisioningInput read(Path file) throws ProvisioningFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProvisioningFileException(Message.of("provision.file.tooLarge", file, MAX_BYTES), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProvisioningFileException(Message.of("provision.file.unreadable", file), e);
        }
        return parse(bytes, file.toString());
    }

    /** Parses a provisioning file's content; {@code name} names it in messages. */
    public static ProvisioningInput parse(byte[] json, String name) throws ProvisioningFileException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ProvisioningFileException(Message.of("provision.file.notJson", name,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()), e);
        } catch (IOException e) {
            throw new ProvisioningFileException(Message.of("provision.file.unreadable", name), e);
        }
        if (root == null || !root.isObject()) {
            throw new ProvisioningFileException(Message.of("provision.file.notObject", name), null);
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (ProvisioningField.byJsonName(field) == null) {
                problems.add(new FieldProblem(field, Message.of("provision.field.unknown"),
                        Message.of("provision.reason.unknownField", ProvisioningField.jsonNames())));
            }
        }
        String token = text(root.get(ProvisioningField.ENROLLMENT_TOKEN.jsonName()));
        return new ProvisioningInput(
                text(root.get(ProvisioningField.OFFICE_CODE.jsonName())),
                text(root.get(ProvisioningField.OFFICE_NAME.jsonName())),
                text(root.get(ProvisioningField.COUNTER.jsonName())),
                text(root.get(ProvisioningField.CENTRE_URL.jsonName())),
                token, token == null,
                fingers(root.get(ProvisioningField.FINGERS.jsonName())),
                text(root.get(ProvisioningField.QUALITY_THRESHOLD.jsonName())),
                quotas(root.get(ProvisioningField.LANE_QUOTAS.jsonName()), problems),
                problems);
    }

    /** A scalar as text; null for absent or JSON null; anything else as its JSON (the validator shows it). */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** An array of finger names, or one string: a preset or names separated by commas. */
    private static List<String> fingers(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> out = new ArrayList<>();
            node.forEach(n -> out.add(text(n)));
            return out;
        }
        String value = text(node);
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> quotas(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(FieldProblem.of(ProvisioningField.LANE_QUOTAS, "provision.reason.quotasNotObject", text(node)));
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), text(e.getValue())));
        return out;
    }
}
