package org.longarm.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** JSON parsing with human error messages, and canonical (sorted-key) writing for {@code extraJson}. */
final class JsonText {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_REASON = 160;

    private JsonText() {}

    /** The parsed value; malformed or empty input is a {@link BadInput} saying where and what. */
    static JsonNode parse(String json) throws BadInput {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) throw new BadInput("malformed JSON: no value (empty input)");
            return node;
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage()
                    .replaceAll("\\s*\\((?:start marker at|for root starting at) \\[Source: [^\\]]*\\]\\)", "")
                    .replaceAll("\\s*(?:at )?\\[Source: [^\\]]*\\]", "");
            if (what.length() > MAX_REASON) what = what.substring(0, MAX_REASON) + "...";
            var at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : at.getLineNr() == 1 ? " (column " + at.getColumnNr() + ")"
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new BadInput("malformed JSON: " + what.replace('\n', ' ') + where);
        }
    }

    /** The fields as one JSON object with keys sorted at every depth. */
    static String canonicalObject(Map<String, JsonNode> fields) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(fields).forEach((k, v) -> out.set(k, sorted(v)));
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree back out", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            TreeMap<String, JsonNode> byKey = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                byKey.put(e.getKey(), e.getValue());
            }
            byKey.forEach((k, v) -> out.set(k, sorted(v)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(v -> out.add(sorted(v)));
            return out;
        }
        return node;
    }

    /** How a JSON value is called in a message: "a number (12)", "an object". */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case NUMBER -> "a number (" + node.asText() + ")";
            case BOOLEAN -> "a boolean (" + node.asText() + ")";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
