package org.longarm.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * JSON out of the API. Every response goes through {@link #send}, which writes {@code <}, {@code >} and {@code &}
 * as {@code \}u escapes: the same JSON value, but text that can never be read as markup if it ends up in a page.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses JSON the server itself produced (the export objects). */
    static ObjectNode parseOwn(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export wrote unreadable JSON", e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void send(Context ctx, int status, JsonNode body) {
        send(ctx, status, write(body));
    }

    static void send(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(htmlSafe(json));
    }

    /** JSON text with {@code <}, {@code >}, {@code &} escaped; they occur only inside strings, so the value is unchanged. */
    static String htmlSafe(String json) {
        StringBuilder b = null;
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            String rep = switch (ch) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (rep != null && b == null) b = new StringBuilder(json.length() + 16).append(json, 0, i);
            if (b != null) {
                if (rep != null) b.append(rep);
                else b.append(ch);
            }
        }
        return b == null ? json : b.toString();
    }

    static void error(Context ctx, int status, String message, String field) {
        ObjectNode o = object();
        o.put("error", message);
        if (field == null) o.putNull("field");
        else o.put("field", field);
        send(ctx, status, o);
    }
}
