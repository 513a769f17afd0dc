package dev.kalshisim.kalshi.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP answer as the stages see it: status, headers and the body as text.
 *
 * @param status the HTTP status
 * @param headers response headers, names lower-case
 * @param body the body decoded as UTF-8, "" when empty
 */
record ApiResponse(int status, Map<String, List<String>> headers, String body) {

    ApiResponse {
        headers = Map.copyOf(headers);
        body = Objects.requireNonNullElse(body, "");
    }

    /** The first value of a header, by case-insensitive name. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
