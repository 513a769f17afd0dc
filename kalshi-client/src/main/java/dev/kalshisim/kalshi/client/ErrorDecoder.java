package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.KalshiError;
import dev.kalshisim.core.wire.ErrorBodies;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Turns an error response into a {@link KalshiApiException} (or {@link RateLimitedException} for
 * 429), accepting every body shape seen in the wild:
 * <ul>
 *   <li>wrapped: {@code {"error":{"code":"...","message":"...","details":"..."}}} (production);</li>
 *   <li>bare string: {@code {"error":"too many requests"}} (production's 429); the string becomes the
 *       message and, in snake case, the code ({@code too_many_requests});</li>
 *   <li>flat: {@code {"code":"...","message":"..."}} (the OpenAPI's {@code ErrorResponse});</li>
 *   <li>anything else (HTML from a proxy, empty): the status alone, with the start of the body as message.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ErrorDecoder {

    /** Longest piece of a non-JSON body quoted in a message, so a proxy's HTML page cannot flood logs. */
    private static final int QUOTED_BODY_CHARS = 200;

    private ErrorDecoder() {
    }

    /**
     * The exception for a non-2xx {@code response} to {@code request}.
     *
     * @param nowMillis current epoch millis, to turn an HTTP-date {@code Retry-After} into a wait
     */
    static KalshiApiException decode(ApiRequest request, ApiResponse response, long nowMillis) {
        Fields fields = fields(response.body());
        if (response.status() == 429) {
            long retryAfterNanos = response.header("Retry-After").map(value -> retryAfterNanos(value, nowMillis)).orElse(-1L);
            return new RateLimitedException(fields.code, fields.message, fields.details, request.method(), request.path(),
                    retryAfterNanos);
        }
        return new KalshiApiException(response.status(), fields.code, fields.message, fields.details, request.method(),
                request.path());
    }

    /**
     * A {@code Retry-After} value as nanoseconds to wait: delta-seconds ({@code "2"}) or an HTTP-date
     * (RFC 1123); -1 when unreadable. A date in the past means no wait.
     */
    static long retryAfterNanos(String value, long nowMillis) {
        String text = value.strip();
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            try {
                return Math.multiplyExact(Long.parseLong(text), 1_000_000_000L);
            } catch (ArithmeticException | NumberFormatException tooLarge) {
                return Long.MAX_VALUE;
            }
        }
        try {
            long atMillis = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            return Math.multiplyExact(Math.max(0L, atMillis - nowMillis), 1_000_000L);
        } catch (DateTimeParseException | ArithmeticException unreadable) {
            return -1L;
        }
    }

    private static Fields fields(String body) {
        Optional<KalshiError> parsed = ErrorBodies.read(body);
        if (parsed.isEmpty()) {
            return new Fields(null, quoted(body), null);
        }
        KalshiError error = parsed.get();
        return new Fields(error.code(), error.message(), error.details());
    }

    private static String quoted(String body) {
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        return trimmed.length() <= QUOTED_BODY_CHARS ? trimmed : trimmed.substring(0, QUOTED_BODY_CHARS) + "...";
    }

    private record Fields(String code, String message, String details) {
    }
}
