package dev.kalshisim.core.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads one of Kalshi's fixed-point strings, refusing every other JSON type with a message that
 * names the expected form.
 *
 * <p>Kalshi sends prices, counts and dollar amounts as strings; a JSON number would pass through a
 * binary double on many clients, so a number is an error, except that subclasses may accept a JSON
 * integer (a whole count is exact in any representation).
 */
abstract class FixedPointDeserializer<T> extends StdScalarDeserializer<T> {

    private final String what;
    private final String example;

    protected FixedPointDeserializer(Class<T> type, String what, String example) {
        super(type);
        this.what = what;
        this.example = example;
    }

    /** Parses the string form; throws IllegalArgumentException with a message for people. */
    protected abstract T parse(String text);

    /** The value of a JSON integer, or null when JSON integers are refused. */
    protected T fromWholeNumber(long value) {
        return null;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            try {
                return parse(text);
            } catch (IllegalArgumentException | ArithmeticException bad) {
                throw InvalidFormatException.from(parser, bad.getMessage(), text, handledType());
            }
        }
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long whole = parser.getLongValue();
            try {
                T value = fromWholeNumber(whole);
                if (value != null) {
                    return value;
                }
            } catch (IllegalArgumentException | ArithmeticException bad) {
                throw InvalidFormatException.from(parser, bad.getMessage(), whole, handledType());
            }
        }
        return context.reportInputMismatch(this, "%s must be a JSON string like \"%s\", got %s",
                what, example, describe(token));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
            case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
            case START_OBJECT -> "a JSON object";
            case START_ARRAY -> "a JSON array";
            default -> token.name();
        };
    }
}
