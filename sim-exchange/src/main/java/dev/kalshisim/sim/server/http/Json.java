package dev.kalshisim.sim.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kalshisim.core.wire.KalshiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The server's JSON: core's {@link KalshiJson} configuration (the same one clients use), read
 * strictly (duplicate keys refused, decimals kept exact) and written without nulls.
 */
public final class Json {

    private static final ObjectMapper MAPPER = KalshiJson.mapper();
    private static final ObjectReader TREE_READER = MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Decimals stay exact: a count sent as 10.5 must never pass through a double.
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    /** The shared mapper; thread-safe, never reconfigured. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serializes {@code value} ({@link RawJson} verbatim); a failure here is a simulator bug. */
    public static byte[] write(Object value) {
        if (value instanceof RawJson raw) {
            return raw.json().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    /**
     * Parses {@code body} as one JSON value.
     *
     * @throws ApiException 400 saying what kind of syntax problem it is (never where: positions
     *     and Jackson's wording stay inside)
     */
    public static JsonNode read(byte[] body) {
        try {
            JsonNode node = TREE_READER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.invalid("request body is empty");
            }
            return node;
        } catch (JsonProcessingException malformed) {
            throw ApiException.invalid(RequestProblems.syntax(malformed));
        } catch (IOException unreadable) {
            throw ApiException.invalid("request body is unreadable");
        }
    }

    /**
     * Reads {@code tree} as {@code type}, e.g. a nested array of records in a control-plane body.
     *
     * @throws ApiException 400 naming {@code field} and the rule it breaks
     */
    public static <T> T convert(JsonNode tree, Class<T> type, String field) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException invalid) {
            String problem = RequestProblems.binding(invalid);
            String relative = problem.startsWith("request body") ? problem.substring("request body".length())
                    : problem.startsWith("[") ? problem : "." + problem;
            throw ApiException.invalid(field + relative);
        } catch (IllegalArgumentException invalid) {
            throw ApiException.invalid(field + ": " + RequestProblems.presentable(invalid.getMessage(),
                    "has a value of the wrong type"));
        }
    }

    /**
     * Reads a required request body as a Kalshi wire record (core's {@code dev.kalshisim.core.wire}
     * types, so server and client agree on every field).
     *
     * @throws ApiException 400 for an empty body, malformed JSON, a wrong type or a bad value, naming the field
     */
    public static <T> T read(byte[] body, Class<T> type) {
        return read(RequestBody.of(body), type);
    }

    /** {@link #read(byte[], Class)} on a body that may have been parsed already (it is not parsed again). */
    public static <T> T read(RequestBody body, Class<T> type) {
        if (body.isEmpty()) {
            throw ApiException.invalid("request body is required");
        }
        JsonNode tree = body.tree();
        if (!tree.isObject()) {
            throw ApiException.invalid("request body must be a JSON object");
        }
        try {
            T value = MAPPER.treeToValue(tree, type);
            if (value == null) {
                throw ApiException.invalid("request body is required");
            }
            return value;
        } catch (JsonProcessingException invalid) {
            throw ApiException.invalid(RequestProblems.binding(invalid));
        } catch (IllegalArgumentException invalid) {
            throw ApiException.invalid(RequestProblems.presentable(invalid.getMessage(),
                    "request body does not fit this request"));
        }
    }
}
