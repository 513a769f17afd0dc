package dev.kalshisim.core.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.model.KalshiError;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the error out of an error response body in any of the shapes Kalshi uses: wrapped
 * {@code {"error":{...}}}, the bare string {@code {"error":"too many requests"}}, or the flat
 * {@code {"code","message","details"}} of the OpenAPI schema.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    /**
     * The error in {@code body}, or empty when the body is not JSON or carries none.
     *
     * <p>A bare string error becomes code = the string in lower snake case ("too many requests"
     * becomes "too_many_requests") and message = the string as sent.
     */
    public static Optional<KalshiError> read(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        ObjectMapper mapper = KalshiJson.mapper();
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
        return read(root);
    }

    /** The error in an already parsed body; see {@link #read(String)}. */
    public static Optional<KalshiError> read(JsonNode root) {
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode error = root.get("error");
        if (error != null && error.isTextual()) {
            String text = error.asText();
            return Optional.of(new KalshiError(snake(text), text, null));
        }
        if (error != null && error.isObject()) {
            return Optional.of(fields(error));
        }
        if (root.hasNonNull("code") || root.hasNonNull("message")) {
            return Optional.of(fields(root));
        }
        return Optional.empty();
    }

    private static KalshiError fields(JsonNode node) {
        return new KalshiError(text(node, "code"), text(node, "message"), text(node, "details"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        // Kalshi documents strings, but tolerate other scalars or objects rather than lose them.
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String snake(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
