package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Builds the one Jackson configuration the whole project reads and writes Kalshi JSON with.
 *
 * <ul>
 *   <li>Unknown properties are ignored on read: the live API adds fields often.</li>
 *   <li>Null properties are omitted on write (Kalshi writes some nullable fields as explicit
 *       {@code null}; omitting them is our choice).</li>
 *   <li>{@code *_time} fields are {@link java.time.Instant}s written as RFC3339 UTC with {@code Z}.</li>
 *   <li>Prices and dollar amounts must be JSON strings; a JSON number is an error. Counts must be
 *       strings too, except that a JSON integer is accepted as whole contracts (exact everywhere);
 *       a fractional JSON number is an error.</li>
 *   <li>Scalars are not coerced between types, like Kalshi's Go server: {@code "10"} is not an
 *       integer, {@code 10} is not a string, {@code 1.5} is not an integer, {@code "true"} is not a
 *       boolean.</li>
 *   <li>Dollar amounts are always {@link dev.kalshisim.core.model.Money}, never BigDecimal or binary floating point.</li>
 * </ul>
 *
 * <p>Every read failure is a {@link com.fasterxml.jackson.core.JsonProcessingException} (usually a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}); {@link JsonProblems#describe}
 * turns it into a one-line message for a 400 response.
 */
public final class KalshiJson {

    private static final ObjectMapper SHARED = newMapper();

    private KalshiJson() {
    }

    /** The shared, fully configured mapper; thread-safe, and must not be reconfigured. */
    public static ObjectMapper mapper() {
        return SHARED;
    }

    /** A new mapper with the project's configuration, for callers that need to add to it. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new KalshiModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .build();
    }
}
