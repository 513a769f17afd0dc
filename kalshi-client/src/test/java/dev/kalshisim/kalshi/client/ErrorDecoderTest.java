package dev.kalshisim.kalshi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDecoderTest {

    private static final ApiRequest REQUEST = ApiRequest.get("/portfolio/orders", List.of());

    @Test
    void readsTheWrappedErrorObject() {
        KalshiApiException error = decode(409,
                "{\"error\":{\"code\":\"order_already_exists\",\"message\":\"order already exists\",\"service\":\"exchange\"}}");

        assertThat(error).isNotInstanceOf(RateLimitedException.class);
        assertThat(error.status()).isEqualTo(409);
        assertThat(error.code()).isEqualTo("order_already_exists");
        assertThat(error.errorMessage()).isEqualTo("order already exists");
        assertThat(error.details()).isNull();
        assertThat(error.getMessage()).isEqualTo("GET /portfolio/orders failed: HTTP 409 order_already_exists: order already exists");
    }

    @Test
    void readsTheBareStringOf429() {
        KalshiApiException error = decode(429, "{\"error\": \"too many requests\"}");

        assertThat(error).isInstanceOf(RateLimitedException.class);
        assertThat(error.errorMessage()).isEqualTo("too many requests");
        assertThat(error.code()).isEqualTo("too_many_requests");
        assertThat(((RateLimitedException) error).retryAfterNanos()).isEmpty();
    }

    @Test
    void readsTheFlatSchema() {
        KalshiApiException error = decode(400, "{\"code\":\"invalid_parameters\",\"message\":\"bad price\",\"details\":\"price 1.5\"}");

        assertThat(error.code()).isEqualTo("invalid_parameters");
        assertThat(error.errorMessage()).isEqualTo("bad price");
        assertThat(error.details()).isEqualTo("price 1.5");
    }

    @Test
    void keepsTheStartOfABodyThatIsNotJson() {
        KalshiApiException error = decode(502, "<html>" + "x".repeat(500) + "</html>");

        assertThat(error.code()).isNull();
        assertThat(error.errorMessage()).startsWith("<html>xx").endsWith("...").hasSize(203);
        assertThat(error.isServerError()).isTrue();
        assertThat(decode(500, "").errorMessage()).isNull();
    }

    @Test
    void readsRetryAfterInSecondsAndAsAnHttpDate() {
        ApiResponse seconds = new ApiResponse(429, Map.of("retry-after", List.of("2")), "{\"error\":\"too many requests\"}");
        RateLimitedException fromSeconds = (RateLimitedException) ErrorDecoder.decode(REQUEST, seconds, 0);
        assertThat(fromSeconds.retryAfterNanos()).hasValue(2_000_000_000L);

        long now = 1_784_000_000_000L; // 2026-07-14T03:33:20Z
        assertThat(ErrorDecoder.retryAfterNanos("Tue, 14 Jul 2026 03:33:23 GMT", now)).isEqualTo(3_000_000_000L);
        assertThat(ErrorDecoder.retryAfterNanos("Tue, 14 Jul 2026 03:33:00 GMT", now)).isZero();
        assertThat(ErrorDecoder.retryAfterNanos("soon", now)).isEqualTo(-1L);
    }

    private static KalshiApiException decode(int status, String body) {
        return ErrorDecoder.decode(REQUEST, new ApiResponse(status, Map.of(), body), 0);
    }
}
