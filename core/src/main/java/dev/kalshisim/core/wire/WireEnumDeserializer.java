package dev.kalshisim.core.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.kalshisim.core.model.WireValue;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Reads a {@link WireValue} enum from its wire name through the enum's own {@code fromWire}, so
 * that aliases it knows are kept, and so that an unknown name or a non-string is a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} naming the accepted values.
 */
final class WireEnumDeserializer extends StdScalarDeserializer<Object> {

    private final transient Method fromWire;

    WireEnumDeserializer(Class<?> type) {
        super(type);
        Method found;
        try {
            found = type.getMethod("fromWire", String.class);
        } catch (NoSuchMethodException absent) {
            found = null;
        }
        this.fromWire = found;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return context.reportInputMismatch(this, "%s must be a JSON string, got %s",
                    handledType().getSimpleName(), parser.currentToken());
        }
        String text = parser.getText();
        try {
            return fromWire == null ? byName(text) : fromWire.invoke(null, text);
        } catch (InvocationTargetException thrown) {
            throw InvalidFormatException.from(parser, thrown.getCause().getMessage(), text, handledType());
        } catch (IllegalArgumentException | IllegalAccessException unknown) {
            throw InvalidFormatException.from(parser, unknown.getMessage(), text, handledType());
        }
    }

    private Object byName(String text) {
        for (Object constant : handledType().getEnumConstants()) {
            if (((WireValue) constant).wire().equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + handledType().getSimpleName() + " \"" + text + "\"");
    }
}
