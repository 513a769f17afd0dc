package dev.kalshisim.kalshi.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One REST call as it travels through the client's stages, before it becomes an HTTP request.
 *
 * <p>Immutable; stages derive copies ({@link #withHeader}). The path is below the base URL
 * ({@code /portfolio/orders}) with its segments already percent-encoded; the query keeps its
 * order and may repeat a name ({@code tickers=A&tickers=B}).
 *
 * @param method upper-case HTTP method
 * @param path path below the base URL, starting with '/'
 * @param query query parameters in order
 * @param body JSON body, or null
 * @param kind what the request does (retry and priority rules)
 * @param batchItems items in a batch body, or 0 for a single request (cost = per-item cost x items)
 * @param headers extra headers added by stages (authentication)
 */
record ApiRequest(String method, String path, List<Param> query, String body, RequestKind kind, int batchItems,
        Map<String, String> headers) {

    /** The prefix Kalshi's cost and bucket tables use, whatever the base URL's own path is. */
    static final String API_PREFIX = "/trade-api/v2";

    /** One query parameter. */
    record Param(String name, String value) {
        Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    ApiRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        if (path == null || !path.startsWith("/") || path.indexOf('?') >= 0) {
            throw new IllegalArgumentException("path must start with '/' and have no query string: " + path);
        }
        query = List.copyOf(query);
        Objects.requireNonNull(kind, "kind");
        if (batchItems < 0) {
            throw new IllegalArgumentException("batchItems must not be negative: " + batchItems);
        }
        headers = Map.copyOf(headers);
    }

    static ApiRequest get(String path, List<Param> query) {
        return new ApiRequest("GET", path, query, null, RequestKind.READ, 0, Map.of());
    }

    static ApiRequest write(String method, String path, List<Param> query, String body, RequestKind kind, int batchItems) {
        return new ApiRequest(method, path, query, body, kind, batchItems, Map.of());
    }

    /** A copy with one more header. */
    ApiRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiRequest(method, path, query, body, kind, batchItems, more);
    }

    /** A copy with another body (same kind and batch size). */
    ApiRequest withBody(String newBody) {
        return new ApiRequest(method, path, query, newBody, kind, batchItems, headers);
    }

    /** The path as Kalshi's cost and bucket tables spell it: {@code /trade-api/v2} plus {@link #path()}. */
    String apiPath() {
        return API_PREFIX + path;
    }

    /** The encoded query string without '?', or "" when there are no parameters. */
    String encodedQuery() {
        StringBuilder text = new StringBuilder();
        for (Param param : query) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(encode(param.name())).append('=').append(encode(param.value()));
        }
        return text.toString();
    }

    /** Percent-encodes one path segment, so a ticker or id can never change the path's shape. */
    static String segment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a path segment (ticker or id) must not be empty: " + value);
        }
        return encode(value);
    }

    private static String encode(String value) {
        // URLEncoder is for forms: it writes a space as '+', which a path or strict query parser misreads.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Builds an ordered query, skipping absent (null) values so optional filters read naturally. */
    static final class Query {
        private final List<Param> params = new ArrayList<>();

        Query add(String name, Object value) {
            if (value != null) {
                params.add(new Param(name, value.toString()));
            }
            return this;
        }

        /** Adds a comma-separated list, or nothing when the list is null or empty. */
        Query csv(String name, Collection<String> values) {
            if (values != null && !values.isEmpty()) {
                params.add(new Param(name, String.join(",", values)));
            }
            return this;
        }

        /** Adds the name once per value ({@code tickers=A&tickers=B}). */
        Query repeated(String name, Collection<String> values) {
            if (values != null) {
                values.forEach(value -> params.add(new Param(name, value)));
            }
            return this;
        }

        List<Param> build() {
            return List.copyOf(params);
        }
    }
}
