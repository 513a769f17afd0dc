package dev.kalshisim.sim.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A JSON object from a request body with typed, strict field access: every missing field, wrong
 * type or bad value becomes a 400 {@code invalid_parameters} naming the field, before anything is
 * handed to the engine.
 *
 * <p>Unknown fields are ignored, as generated SDKs send fields the simulator does not model.
 * {@code null} counts as absent.
 */
public final class JsonBody {

    private final ObjectNode node;
    private final String where;

    private JsonBody(ObjectNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /**
     * Parses a request body that must be a JSON object.
     *
     * @throws ApiException 400 for an empty body, malformed JSON or a non-object
     */
    public static JsonBody parse(byte[] body) {
        return parse(RequestBody.of(body));
    }

    /** {@link #parse(byte[])} on a body that may have been parsed already (it is not parsed again). */
    public static JsonBody parse(RequestBody body) {
        if (body.isEmpty()) {
            throw ApiException.invalid("request body is required");
        }
        return of(body.tree(), "body");
    }

    /** Parses {@code body} when one was sent, else an empty object (for optional bodies). */
    public static JsonBody parseOptional(byte[] body) {
        return body.length == 0 ? new JsonBody(Json.mapper().createObjectNode(), "body") : parse(body);
    }

    private static JsonBody of(JsonNode node, String where) {
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.invalid(where + " must be a JSON object");
        }
        return new JsonBody(object, where);
    }

    /** Whether {@code name} is present and not {@code null}. */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** A required non-empty string. */
    public String text(String name) {
        String value = optionalText(name);
        if (value == null || value.isEmpty()) {
            throw missing(name);
        }
        return value;
    }

    /** An optional string, {@code null} when absent. */
    public String optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string");
        }
        return value.textValue();
    }

    /** A required non-negative count: a string with up to two decimals, or a whole JSON number. */
    public Count count(String name) {
        Count value = optionalCount(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** An optional count, {@code null} when absent. */
    public Count optionalCount(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return parsed(value.textValue(), name, Count::parse);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            long contracts = value.longValue();
            if (contracts < 0 || contracts > Long.MAX_VALUE / Count.SCALE) {
                throw invalid(name, "is out of range: " + contracts);
            }
            return Count.ofContracts(contracts);
        }
        if (value.isBigDecimal()) {
            return parsed(stripPlain(value.decimalValue()), name, Count::parse);
        }
        throw wrongType(name, "a count string such as \"10.00\"");
    }

    /** An optional non-negative dollar amount sent as a string. */
    public Money optionalMoney(String name) {
        String text = optionalText(name);
        return text == null ? null : parsed(text, name, Money::parseNonNegative);
    }

    /** An optional exact decimal, sent as a JSON number or a decimal string; {@code null} when absent. */
    public BigDecimal optionalDecimal(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.textValue());
            } catch (NumberFormatException notDecimal) {
                throw invalid(name, "must be a decimal, got \"" + value.textValue() + "\"");
            }
        }
        throw wrongType(name, "a decimal");
    }

    /** The raw JSON of field {@code name}, or {@code null} when absent; for nested values read by other parsers. */
    public JsonNode raw(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** An optional boolean, {@code fallback} when absent. */
    public boolean bool(String name, boolean fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false");
        }
        return value.booleanValue();
    }

    /** An optional whole number, {@code null} when absent. */
    public Long optionalLong(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(name, "an integer");
        }
        return value.longValue();
    }

    /** An optional whole number in {@code [min, max]}, {@code fallback} when absent. */
    public long longInRange(String name, long fallback, long min, long max) {
        Long value = optionalLong(name);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw invalid(name, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** A required value parsed from a string by {@code parser} (a wire enum's {@code fromWire}). */
    public <T> T parsedText(String name, Function<String, T> parser) {
        return parsed(text(name), name, parser);
    }

    /** An optional value parsed from a string, {@code null} when absent. */
    public <T> T optionalParsedText(String name, Function<String, T> parser) {
        String text = optionalText(name);
        return text == null ? null : parsed(text, name, parser);
    }

    /**
     * A required array of objects, of length 1 to {@code max}.
     *
     * @throws ApiException 400 when absent, not an array of objects, empty or too long
     */
    public List<JsonBody> objects(String name, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw missing(name);
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array");
        }
        if (value.isEmpty()) {
            throw invalid(name, "must not be empty");
        }
        if (value.size() > max) {
            throw invalid(name, "takes at most " + max + " items, got " + value.size());
        }
        List<JsonBody> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(of(value.get(i), where + "." + name + "[" + i + "]"));
        }
        return items;
    }

    /** The length of array {@code name}, or 0 when it is absent or not an array (for cost estimates). */
    public int arrayLength(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isArray() ? value.size() : 0;
    }

    private <T> T parsed(String text, String name, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException bad) {
            throw ApiException.invalid(RequestProblems.valueProblem(where + "." + name, bad.getMessage()));
        }
    }

    private static String stripPlain(BigDecimal decimal) {
        return decimal.stripTrailingZeros().toPlainString();
    }

    private ApiException missing(String name) {
        return ApiException.invalid(where + "." + name + " is required");
    }

    private ApiException wrongType(String name, String expected) {
        return ApiException.invalid(where + "." + name + " must be " + expected);
    }

    private ApiException invalid(String name, String problem) {
        return ApiException.invalid(where + "." + name + ": " + problem);
    }
}
