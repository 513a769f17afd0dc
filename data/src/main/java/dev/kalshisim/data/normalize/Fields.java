package dev.kalshisim.data.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads one known field of either generation exactly, or fails naming it.
 *
 * <p>Today's fields are decimal strings ({@code "0.4500"}, {@code "-12.00"}); the legacy ones are
 * JSON integers (cents, whole contracts). A value of the wrong JSON kind is an error rather than a
 * guess: a legacy float such as {@code 0.45} in a cents field would otherwise be read 100 times off.
 */
final class Fields {

    private final String type;

    /** Errors name {@code type} (the message type) before the field. */
    Fields(String type) {
        this.type = type;
    }

    /** Whether {@code object} has {@code name} with a non-null value. */
    static boolean present(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    String text(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw fail(name, "is missing");
        }
        if (!value.isTextual()) {
            throw fail(name, "must be a string, got " + value);
        }
        return value.textValue();
    }

    /** A string field, or null when absent or null. */
    String optionalText(JsonNode object, String name) {
        return present(object, name) ? text(object, name) : null;
    }

    long integer(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw fail(name, "is missing");
        }
        return integerValue(value, name);
    }

    long integerValue(JsonNode value, String name) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fail(name, "must be an integer, got " + value);
        }
        return value.longValue();
    }

    /** A dollars string ({@code "0.4500"}). */
    Price dollars(JsonNode value, String name) {
        if (!value.isTextual()) {
            throw fail(name, "must be a dollar string like \"0.4500\", got " + value);
        }
        try {
            return Price.parseLenient(value.textValue());
        } catch (IllegalArgumentException e) {
            throw fail(name, problem(e, "price"));
        }
    }

    /** Legacy integer cents, 0 to 100. */
    Price cents(JsonNode value, String name) {
        long cents = integerValue(value, name);
        if (cents < 0 || cents > 100) {
            throw fail(name, "must be cents from 0 to 100, got " + cents);
        }
        return Price.ofCents(cents);
    }

    /**
     * A count: a decimal string (today) or a JSON integer of whole contracts (legacy).
     *
     * @param signed whether a negative count is allowed (book deltas)
     */
    Count count(JsonNode value, String name, boolean signed) {
        Count count;
        if (value.isTextual()) {
            try {
                count = Count.parseSigned(value.textValue());
            } catch (IllegalArgumentException e) {
                throw fail(name, problem(e, "count"));
            }
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            try {
                count = Count.ofContracts(value.longValue());
            } catch (ArithmeticException e) {
                throw fail(name, "is out of range: " + value);
            }
        } else {
            throw fail(name, "must be a count like \"12.00\" or an integer, got " + value);
        }
        if (!signed && count.isNegative()) {
            throw fail(name, "must not be negative, got " + value);
        }
        return count;
    }

    /**
     * The price under today's name {@code dollarsName} or else the legacy cents name, or null when
     * neither is there.
     */
    Price priceEither(JsonNode object, String dollarsName, String centsName) {
        if (present(object, dollarsName)) {
            return dollars(object.get(dollarsName), dollarsName);
        }
        if (centsName != null && present(object, centsName)) {
            return cents(object.get(centsName), centsName);
        }
        return null;
    }

    /** The count under today's name {@code fpName} or else the legacy integer name, or null. */
    Count countEither(JsonNode object, String fpName, String legacyName, boolean signed) {
        if (present(object, fpName)) {
            return count(object.get(fpName), fpName, signed);
        }
        if (present(object, legacyName)) {
            return count(object.get(legacyName), legacyName, signed);
        }
        return null;
    }

    OutcomeSide side(JsonNode object, String name) {
        String text = text(object, name);
        return switch (text) {
            case "yes" -> OutcomeSide.YES;
            case "no" -> OutcomeSide.NO;
            default -> throw fail(name, "must be \"yes\" or \"no\", got \"" + text + "\"");
        };
    }

    /** An RFC 3339 time as epoch nanos. */
    long isoNanos(JsonNode object, String name) {
        String text = text(object, name);
        try {
            Instant instant = Instant.parse(text);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw fail(name, "must be an RFC 3339 time, got \"" + text + "\"");
        }
    }

    /** Core's parse message without its leading noun, which the field's name replaces. */
    private static String problem(IllegalArgumentException e, String noun) {
        String message = e.getMessage();
        return message.startsWith(noun + " ") ? message.substring(noun.length() + 1) : message;
    }

    NormalizeException fail(String field, String problem) {
        return new NormalizeException(type + ": " + field + " " + problem);
    }
}
