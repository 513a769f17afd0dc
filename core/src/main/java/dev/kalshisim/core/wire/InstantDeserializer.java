package dev.kalshisim.core.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an RFC3339 time string with {@code Z} or a numeric offset ({@code "2024-01-01T12:00:00-05:00"})
 * into an instant. Numbers are refused: Kalshi's {@code *_time} fields are strings, and its Unix
 * times live in separate {@code *_ts} fields.
 */
final class InstantDeserializer extends StdScalarDeserializer<Instant> {

    InstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return context.reportInputMismatch(this,
                    "time must be an RFC3339 string like \"2024-01-01T17:00:00Z\", got %s", parser.currentToken());
        }
        String text = parser.getText();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException bad) {
            throw InvalidFormatException.from(parser,
                    "time must be an RFC3339 string like \"2024-01-01T17:00:00Z\", got \"" + text + "\"",
                    text, Instant.class);
        }
    }
}
