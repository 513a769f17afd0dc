package dev.kalshisim.core.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes an instant as an RFC3339 UTC string with {@code Z}, with fractional seconds only when
 * they are not zero ({@code "2024-01-01T17:00:00Z"}, {@code "2024-01-01T17:00:00.123Z"}).
 */
final class InstantSerializer extends StdScalarSerializer<Instant> {

    InstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
    }
}
