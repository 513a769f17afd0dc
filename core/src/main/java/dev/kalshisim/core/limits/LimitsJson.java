package dev.kalshisim.core.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reading helpers shared by the tier and endpoint-cost tables: parse JSON, and pull required
 * fields with messages that name the field, where it is, and what was found.
 */
final class LimitsJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LimitsJson() {
    }

    static JsonNode parse(String json, String what) {
        if (json == null) {
            throw new IllegalArgumentException(what + " JSON must not be null");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static JsonNode parse(InputStream json, String what) throws IOException {
        if (json == null) {
            throw new IllegalArgumentException(what + " JSON stream must not be null");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static JsonNode resource(Class<?> owner, String name, String what) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + owner.getName());
            }
            return parse(in, what);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    static JsonNode object(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + "." + field + " must be a JSON object, got " + kind(node));
        }
        return node;
    }

    static JsonNode array(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(where + "." + field + " must be a JSON array, got " + kind(node));
        }
        return node;
    }

    static long longValue(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException(where + "." + field + " must be a whole number, got " + kind(node));
        }
        return node.longValue();
    }

    static String text(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + " must be a string, got " + kind(node));
        }
        return node.textValue();
    }

    static void requireObject(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + " must be a JSON object, got " + kind(node));
        }
    }

    private static String kind(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
    }
}
