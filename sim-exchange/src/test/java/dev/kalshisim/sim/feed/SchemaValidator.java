package dev.kalshisim.sim.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates server messages against the payload schemas the project copied from Kalshi's AsyncAPI
 * file ({@code src/test/resources/feed/asyncapi-schemas.json}).
 *
 * <p>Implements the part of JSON Schema those schemas use: {@code type}, {@code required},
 * {@code properties}, {@code items}, {@code enum}, {@code const}, {@code oneOf}, {@code allOf},
 * {@code $ref} (into the same file), {@code minItems}, {@code maxItems}, {@code minimum},
 * {@code maximum}, {@code pattern} and the formats {@code uuid} and {@code date-time}. Any other
 * keyword fails loudly rather than being skipped. In strict mode an object may not carry a property
 * its schema does not declare (JSON Schema would allow it; a misspelt field must not pass).
 */
final class SchemaValidator {

    private static final String RESOURCE = "/feed/asyncapi-schemas.json";
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final Set<String> ANNOTATIONS = Set.of("description", "deprecated", "default", "examples",
            "nullable", "title", "$comment");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final JsonNode schemas;
    private final JsonNode messageTypes;
    private final boolean strict;

    SchemaValidator(JsonNode document, boolean strict) {
        this.schemas = document.path("components").path("schemas");
        this.messageTypes = document.path("messageTypes");
        this.strict = strict;
    }

    /** The project's copy of Kalshi's schemas, in strict mode. */
    static SchemaValidator load() {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new SchemaValidator(new ObjectMapper().readTree(in), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema name for a server message, by its {@code type} (an {@code ok} with an array body is a list reply). */
    String schemaNameOf(JsonNode message) {
        String type = message.path("type").asText("");
        if (type.equals("ok") && message.path("msg").isArray()) {
            type = "ok_list";
        }
        JsonNode name = messageTypes.get(type);
        return name == null ? null : name.asText();
    }

    /** Every violation of {@code message} against the payload schema of its type; empty when valid. */
    List<String> validate(JsonNode message) {
        String name = schemaNameOf(message);
        if (name == null) {
            return List.of("no schema for message type '" + message.path("type").asText("") + "'");
        }
        return validate(message, name);
    }

    /** Every violation of {@code value} against schema {@code schemaName}. */
    List<String> validate(JsonNode value, String schemaName) {
        List<String> errors = new ArrayList<>();
        check(value, schema(schemaName), "$", errors);
        return errors;
    }

    private JsonNode schema(String name) {
        JsonNode schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException("no schema named " + name);
        }
        return schema;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            checkKeyword(keyword.getKey(), keyword.getValue(), value, path, errors);
        }
    }

    private void checkKeyword(String keyword, JsonNode argument, JsonNode value, String path, List<String> errors) {
        switch (keyword) {
            case "$ref" -> check(value, resolve(argument.asText()), path, errors);
            case "type" -> checkType(argument, value, path, errors);
            case "const" -> {
                if (!argument.equals(value)) {
                    errors.add(path + ": expected " + argument + " but was " + value);
                }
            }
            case "enum" -> checkEnum(argument, value, path, errors);
            case "required" -> {
                if (value.isObject()) {
                    argument.forEach(name -> {
                        if (!value.has(name.asText())) {
                            errors.add(path + ": missing required property '" + name.asText() + "'");
                        }
                    });
                }
            }
            case "properties" -> checkProperties(argument, value, path, errors);
            case "items" -> {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        check(value.get(i), argument, path + "[" + i + "]", errors);
                    }
                }
            }
            case "minItems" -> {
                if (value.isArray() && value.size() < argument.asInt()) {
                    errors.add(path + ": fewer than " + argument.asInt() + " items");
                }
            }
            case "maxItems" -> {
                if (value.isArray() && value.size() > argument.asInt()) {
                    errors.add(path + ": more than " + argument.asInt() + " items");
                }
            }
            case "minimum" -> {
                if (value.isNumber() && value.decimalValue().compareTo(argument.decimalValue()) < 0) {
                    errors.add(path + ": " + value + " is below the minimum " + argument);
                }
            }
            case "maximum" -> {
                if (value.isNumber() && value.decimalValue().compareTo(argument.decimalValue()) > 0) {
                    errors.add(path + ": " + value + " is above the maximum " + argument);
                }
            }
            case "pattern" -> {
                if (value.isTextual() && !Pattern.compile(argument.asText()).matcher(value.asText()).find()) {
                    errors.add(path + ": '" + value.asText() + "' does not match " + argument.asText());
                }
            }
            case "format" -> checkFormat(argument.asText(), value, path, errors);
            case "oneOf" -> checkOneOf(argument, value, path, errors);
            case "allOf" -> argument.forEach(part -> check(value, part, path, errors));
            default -> {
                if (!ANNOTATIONS.contains(keyword)) {
                    throw new IllegalStateException("unsupported JSON Schema keyword '" + keyword + "' at " + path);
                }
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith(REF_PREFIX)) {
            throw new IllegalStateException("only refs into this file's schemas are supported: " + ref);
        }
        return schema(ref.substring(REF_PREFIX.length()));
    }

    private static void checkType(JsonNode argument, JsonNode value, String path, List<String> errors) {
        boolean matches = false;
        if (argument.isArray()) {
            for (JsonNode type : argument) {
                matches |= hasType(value, type.asText());
            }
        } else {
            matches = hasType(value, argument.asText());
        }
        if (!matches) {
            errors.add(path + ": expected type " + argument + " but was " + value.getNodeType() + " " + value);
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber()
                    || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalStateException("unknown JSON Schema type " + type);
        };
    }

    private static void checkEnum(JsonNode argument, JsonNode value, String path, List<String> errors) {
        for (JsonNode allowed : argument) {
            if (allowed.equals(value)) {
                return;
            }
        }
        errors.add(path + ": " + value + " is not one of " + argument);
    }

    private void checkProperties(JsonNode argument, JsonNode value, String path, List<String> errors) {
        if (!value.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode propertySchema = argument.get(field.getKey());
            if (propertySchema != null) {
                check(field.getValue(), propertySchema, path + "." + field.getKey(), errors);
            } else if (strict) {
                errors.add(path + ": property '" + field.getKey() + "' is not in the schema");
            }
        }
    }

    private static void checkFormat(String format, JsonNode value, String path, List<String> errors) {
        if (!value.isTextual()) {
            return;
        }
        String text = value.asText();
        switch (format) {
            case "uuid" -> {
                if (!UUID.matcher(text).matches()) {
                    errors.add(path + ": '" + text + "' is not a UUID");
                }
            }
            case "date-time" -> {
                try {
                    OffsetDateTime.parse(text);
                } catch (DateTimeParseException notRfc3339) {
                    errors.add(path + ": '" + text + "' is not an RFC 3339 date-time");
                }
            }
            default -> {
                // int64 and similar formats annotate numbers; nothing to check on a string.
            }
        }
    }

    private void checkOneOf(JsonNode argument, JsonNode value, String path, List<String> errors) {
        int passing = 0;
        for (JsonNode option : argument) {
            List<String> optionErrors = new ArrayList<>();
            check(value, option, path, optionErrors);
            if (optionErrors.isEmpty()) {
                passing++;
            }
        }
        if (passing != 1) {
            errors.add(path + ": matches " + passing + " of the oneOf schemas instead of exactly one");
        }
    }
}
